"""The thin Qt layer: windows, the generic table model, editors and dialogs."""
