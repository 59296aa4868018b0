package app.groundwork.domain.transfer;

/** What an import did: how many of each kind it added and how many it left out because the journal had them. */
public record ImportResult(ImportFormat format, boolean restore, TransferCounts imported, TransferCounts skipped) {
}
