package nl.patroon.shell.support;

import nl.patroon.indexer.detect.Detector;
import nl.patroon.indexer.detect.KeywordDetector;
import org.springframework.stereotype.Component;

/** Chooses the detector the ingest uses. */
@Component
public class Detectors {
    public Detector forIngest() {
        return KeywordDetector.demo();
    }
}
