"""Running the pipeline: loading it, batches in parallel, a watchdog, and a Dask cluster."""
