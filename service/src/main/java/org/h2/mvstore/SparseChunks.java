package org.h2.mvstore;

/**
 * Rewrites the H2 file's sparse chunks first. H2's own entry point ({@link MVStore#compact(int, int)})
 * chooses chunks of any fill rate, favouring old ones: under a steady stream of commits those are old,
 * mostly live chunks, so each byte rewritten frees little, while the chunks just written, soon mostly dead
 * (each commit rewrites the index pages the one before wrote), wait. Choosing only chunks at most
 * {@code maxFillRate} percent live frees the most space per byte rewritten.
 *
 * <p>This class lives in H2's package because the choice it makes is H2's own, behind package-private
 * methods; it compiles against the H2 version the build pins, so an upgrade that changes them fails the
 * build rather than the service.
 */
public final class SparseChunks {

    private SparseChunks() {}

    /**
     * Rewrites the live pages of chunks at most {@code maxFillRate} percent live, up to about
     * {@code writeLimit} bytes of them, so those chunks can be freed. Gives up (answers false) rather than
     * wait more than a moment for the store's lock, or when interrupted.
     */
    public static boolean rewrite(MVStore store, int maxFillRate, int writeLimit) {
        FileStore<?> file = store.getFileStore();
        if (file == null || store.isClosed()) {
            return false;
        }
        try {
            Boolean rewritten = store.tryExecuteUnderStoreLock(() -> {
                boolean any = file.rewriteChunks(writeLimit, maxFillRate);
                if (any) {
                    file.dropUnusedChunks();
                }
                return any;
            });
            return rewritten != null && rewritten;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
