// The pipeline's public surface: runs that cross stages (read → extract → store).
export { ingestFiles, type IngestOptions, type IngestProgress, type IngestReport, type IngestedFile, type IngestFailure } from './ingest-files.js';
