"""Report intake: the wire format (schema) and the pipeline that stores reports."""
