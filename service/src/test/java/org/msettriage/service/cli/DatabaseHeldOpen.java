package org.msettriage.service.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * An embedded H2 file held open by another JVM, as the running service holds its own: H2 locks the file
 * against every other process, while in one JVM a second opening would just share the database.
 */
final class DatabaseHeldOpen implements AutoCloseable {

    private final Process holder;

    private DatabaseHeldOpen(Process holder) {
        this.holder = holder;
    }

    /** Creates the database file in the folder and keeps it open until closed. */
    static DatabaseHeldOpen in(Path folder) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(
                        List.of(java, "-cp", classpath, DatabaseHeldOpen.class.getName(), folder.toString()))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        BufferedReader said =
                new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        if (!"open".equals(said.readLine())) {
            holder.destroyForcibly();
            throw new IllegalStateException("the database was not opened by the holding process");
        }
        return new DatabaseHeldOpen(holder);
    }

    @Override
    public void close() throws IOException {
        holder.getOutputStream().close(); // the holder stops when its input ends
        try {
            holder.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            holder.destroyForcibly();
        }
    }

    /** The holding process: opens the database, says so, and waits until its input ends. */
    public static void main(String[] args) throws SQLException, IOException {
        try (Connection open =
                DriverManager.getConnection("jdbc:h2:file:" + Path.of(args[0], "mset-triage"), "sa", "")) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() != -1) {
                // nothing: only the end of the input matters
            }
        }
    }
}
