"""The `patient-reader` command line: one explicit table of subcommands."""
