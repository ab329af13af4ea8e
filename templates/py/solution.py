# {{title}} · {{difficulty}}
# {{summary}}
#
# Statement: {{show}}      Hints: {{hints}}
# Test:      {{test}}
# Target:    {{time}} time, n = {{n}}
# Your cases: add lines such as   # @case {{caseExample}}
#   (add "=> answer" to fix the answer; else the reference's is expected). They run first;
#   drill run {{slug}} --lang py runs one, drill debug {{slug}} --lang py stops in it under a debugger.
{{preamble}}

def {{signature}}:
    # Write your solution here.
    raise NotImplementedError("not implemented yet")
