# {{title}} · {{difficulty}}
# {{summary}}
#
# Statement: {{show}}      Hints: {{hints}}
# Test:      {{test}}
# Target:    {{time}} time, n = {{n}}
{{preamble}}

def {{signature}}:
    # Write your solution here.
    raise NotImplementedError("not implemented yet")
