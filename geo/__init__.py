"""Geography of the Preventiekaart: boundaries, region structure and gemeente code normalisation."""
