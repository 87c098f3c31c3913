"""cekangka's checking stage: claims -> relations -> findings -> reports, and the CLI."""
