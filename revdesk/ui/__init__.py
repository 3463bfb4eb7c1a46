"""Everything Qt: the station window and its dialogs. Nothing below this package imports Qt."""
