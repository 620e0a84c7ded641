package org.msettriage.service.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.SparseChunks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The housekeeping's first step on an H2 file: chunks left mostly dead are rewritten, so their space can
 * be freed, and every value still reads back; chunks livelier than the limit are left alone.
 */
class SparseChunksTest {

    @TempDir
    Path folder;

    /**
     * A store of 40 chunks, each holding a page or two of values kept and four times as many of values
     * since replaced: the chunks are about a fifth live (H2 keeps or drops whole pages, never single values).
     */
    private Sparse storeWithSparseChunks() {
        MVStore store = new MVStore.Builder()
                .fileName(folder.resolve("sparse.mv.db").toString())
                .autoCommitDisabled()
                .open();
        store.setRetentionTime(0);
        MVMap<Integer, byte[]> kept = store.openMap("kept");
        MVMap<Integer, byte[]> replaced = store.openMap("replaced");
        for (int chunk = 0; chunk < 40; chunk++) {
            for (int i = chunk * 100; i < (chunk + 1) * 100; i++) {
                kept.put(i, value(i, 1));
                for (int copy = 0; copy < 4; copy++) {
                    replaced.put(4 * i + copy, value(i, 1));
                }
            }
            store.commit();
        }
        for (int i = 0; i < 16_000; i++) {
            replaced.put(i, value(i, 2));
        }
        store.commit();
        return new Sparse(store, kept, replaced);
    }

    /** The store and its two maps, closed together. */
    private record Sparse(MVStore store, MVMap<Integer, byte[]> kept, MVMap<Integer, byte[]> replaced)
            implements AutoCloseable {

        int chunksFillRate() {
            return store.getFileStore().getChunksFillRate();
        }

        @Override
        public void close() {
            store.close();
        }
    }

    private static byte[] value(int key, int generation) {
        byte[] bytes = new byte[400];
        Arrays.fill(bytes, (byte) (key * 31 + generation));
        return bytes;
    }

    @Test
    void mostlyDeadChunksAreRewrittenAndEveryValueReadsBack() {
        try (Sparse sparse = storeWithSparseChunks()) {
            int before = sparse.chunksFillRate();

            assertThat(SparseChunks.rewrite(sparse.store(), 50, 64 * 1024 * 1024))
                    .isTrue();
            // The rewritten pages go out with the next commit; the chunks they left are freed once the few
            // versions H2 keeps readable have passed, as commits under load pass them.
            for (int later = 0; later < 10; later++) {
                sparse.kept().put(-1 - later, value(later, 3));
                sparse.store().commit();
            }

            assertThat(sparse.chunksFillRate()).isGreaterThan(before + 30);
            for (int i = 0; i < 4000; i++) {
                assertThat(sparse.kept().get(i)).isEqualTo(value(i, 1));
            }
            for (int i = 0; i < 16_000; i++) {
                assertThat(sparse.replaced().get(i)).isEqualTo(value(i, 2));
            }
        }
    }

    @Test
    void chunksLivelierThanTheLimitAreLeftAlone() {
        try (Sparse sparse = storeWithSparseChunks()) {
            int before = sparse.chunksFillRate();

            assertThat(SparseChunks.rewrite(sparse.store(), 5, 64 * 1024 * 1024))
                    .isFalse();

            assertThat(sparse.chunksFillRate()).isEqualTo(before);
        }
    }
}
