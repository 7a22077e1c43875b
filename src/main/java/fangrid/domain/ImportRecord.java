package fangrid.domain;

import java.time.OffsetDateTime;

/** One line of the import log: what file was imported, when, how, and with what result. */
public record ImportRecord(long id, String kind, String fileName, long fileSize, String sha256,
                           OffsetDateTime importedAt, String mapping, long rowsRead, long rowsImported,
                           long rowsSkipped) {
}
