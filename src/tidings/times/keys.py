"""Keys under which the times stage leaves its results on a Doc."""

SPAN_KEY = "tidings_times"
