package nl.patroon.indexer.source.mail;

import com.pff.PSTException;
import com.pff.PSTFile;
import com.pff.PSTFolder;
import com.pff.PSTMessage;
import com.pff.PSTObject;
import java.io.IOException;

/**
 * The messages of an Outlook mailbox (.pst, .ost) in folder order (folders depth first, as Outlook lists them),
 * numbered 1, 2, … in that order. {@link PstSource} (a passage per message) and {@link PstAttachments} (the
 * attachments as evidence under their message) both walk with it, so message n is the same message in both.
 */
final class PstWalk {
    /** Folders deeper than this are not followed: Outlook itself nests a few levels; a loop in a damaged file not. */
    private static final int MAX_DEPTH = 32;

    /** Receives message {@code n} of folder {@code folder} ("" for the root). */
    interface Visitor {
        void message(int n, String folder, PSTMessage m) throws IOException;
    }

    private final Visitor visitor;
    private int messages;
    private int lost;

    private PstWalk(Visitor visitor) {
        this.visitor = visitor;
    }

    /**
     * Walks the open mailbox. A damaged folder table ends the walk there (what was read before it is kept); libpst's
     * unchecked failure on a damaged node ends that folder's messages. Both are counted in {@link Walked#lost}.
     *
     * @throws IOException only what the visitor throws, or a failure to read the file itself
     */
    static Walked walk(PSTFile pst, Visitor visitor) throws IOException {
        PstWalk w = new PstWalk(visitor);
        try {
            w.folder(pst.getRootFolder(), "", 0);
        } catch (PSTException e) {
            w.lost++;
        }
        return new Walked(w.messages, w.lost);
    }

    /** How many messages the walk reached, and how many times it lost the rest of a folder or of the mailbox. */
    record Walked(int messages, int lost) {
    }

    private void folder(PSTFolder folder, String path, int depth) throws PSTException, IOException {
        if (depth > MAX_DEPTH) {
            return;
        }
        String here = depth == 0 ? "" : path.isEmpty() ? folder.getDisplayName() : path + "/" + folder.getDisplayName();
        if (folder.getContentCount() > 0) {
            PSTObject child;
            while ((child = next(folder)) != null) {
                if (child instanceof PSTMessage m) {
                    visitor.message(++messages, here, m);
                }
            }
        }
        if (folder.hasSubfolders()) {
            for (PSTFolder sub : folder.getSubFolders()) {
                folder(sub, here, depth + 1);
            }
        }
    }

    private PSTObject next(PSTFolder folder) throws PSTException, IOException {
        try {
            return folder.getNextChild();
        } catch (RuntimeException e) {
            lost++; // libpst throws unchecked on a damaged node: the folder's remaining messages are out of reach
            return null;
        }
    }
}
