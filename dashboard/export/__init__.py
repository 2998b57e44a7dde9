"""Every file the app writes (CSV, Excel, PNG, PDF) goes out through this package."""
