from revdesk.cli import main

raise SystemExit(main())
