package nl.patroon.indexer.ingest;

import nl.patroon.core.evidence.IngestState;
import nl.patroon.core.problem.Problem;

/**
 * Why a path found by the walk cannot be taken in at all. Each kind says its end state: what is deliberately not
 * followed is skipped, what should have been readable has failed.
 */
sealed interface InputProblem {
    IngestState state();

    /** The reason shown to the user, in Dutch; the shell reads it back into its {@code Problem} to translate it. */
    String reason();

    /** A symbolic link: not followed, as a seized folder may link anywhere. */
    record SymbolicLink() implements InputProblem {
        @Override
        public IngestState state() {
            return IngestState.SKIPPED;
        }

        @Override
        public String reason() {
            return Problem.of("ingest.reason.symlink").dutch();
        }
    }

    /** A device, socket or pipe. */
    record NotARegularFile() implements InputProblem {
        @Override
        public IngestState state() {
            return IngestState.SKIPPED;
        }

        @Override
        public String reason() {
            return Problem.of("ingest.reason.not-regular").dutch();
        }
    }

    /** An input the user named that does not exist. */
    record Missing() implements InputProblem {
        @Override
        public IngestState state() {
            return IngestState.FAILED;
        }

        @Override
        public String reason() {
            return Problem.of("ingest.reason.missing").dutch();
        }
    }

    /** A file or folder the walk could not read; {@code reason} says which and why. */
    record Unreadable(String reason) implements InputProblem {
        static Unreadable file(String why) {
            return new Unreadable(Problem.of("ingest.reason.unreadable", why).dutch());
        }

        static Unreadable folder(String why) {
            return new Unreadable(Problem.of("ingest.reason.folder-unreadable", why).dutch());
        }

        @Override
        public IngestState state() {
            return IngestState.FAILED;
        }
    }
}
