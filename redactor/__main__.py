from redactor.cli import main

raise SystemExit(main())
