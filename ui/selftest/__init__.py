"""`--self-test`: one explicit list of checks that prove an installation works."""
