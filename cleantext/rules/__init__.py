"""Rule sets: the model, loading and checking TOML files, and running rules over lines."""
