"""One module per page; each exposes ``view(request) -> Page`` serving both HTML and JSON."""
