"""The record's metadata: values read off a page (title, authors, date, outlet) put in form."""
