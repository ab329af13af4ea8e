# {{title}} · {{difficulty}}
# {{summary}}
#
# Statement: drill show {{slug}}      Hints: drill show {{slug}} --hints
# Test:      drill test {{slug}} --lang py
# Target:    {{time}} time, n = {{n}}
{{preamble}}

def {{signature}}:
    # Write your solution here.
    raise NotImplementedError("not implemented yet")
