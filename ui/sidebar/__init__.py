"""The sidebar: search field, result list, its model and the search service."""
