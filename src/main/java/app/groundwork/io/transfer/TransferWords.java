package app.groundwork.io.transfer;

import app.groundwork.Messages;
import app.groundwork.domain.transfer.ImportRefused;
import app.groundwork.domain.transfer.ParsedImport;
import app.groundwork.domain.transfer.TransferCounts;
import java.util.ArrayList;
import java.util.List;

/** Export and import put into words, the same on the command line and in the app. */
public final class TransferWords {
    private TransferWords() {
    }

    /** "…/export.csv, line 12: mood “sleepy” …" on one line. */
    public static String refusal(ImportRefused refused) {
        String reason = Messages.get(refused.reasonKey(), refused.reasonArgs().toArray());
        if (refused.where() == null) {
            return Messages.get("import.refused.whole", refused.file(), reason);
        }
        return Messages.get("import.refused.placed", refused.file(), place(refused.where()), reason);
    }

    public static String place(ImportRefused.Place where) {
        return Messages.get(where.key(), where.args().toArray());
    }

    /** "12 check-ins, 4 notes"; "nothing" when every count is 0. */
    public static String counts(TransferCounts counts) {
        List<String> parts = new ArrayList<>();
        counts.byKind().forEach((kind, count) -> {
            if (count > 0) {
                parts.add(Messages.get("transfer.kind." + kind, count));
            }
        });
        return parts.isEmpty() ? Messages.get("transfer.nothing") : String.join(", ", parts);
    }

    /** "line 4: the activity “go running” becomes the tag #go-running." */
    public static String note(ParsedImport.ImportNote note) {
        String words = Messages.get(note.key(), note.args().toArray());
        return note.where() == null ? words : place(note.where()) + ": " + words;
    }
}
