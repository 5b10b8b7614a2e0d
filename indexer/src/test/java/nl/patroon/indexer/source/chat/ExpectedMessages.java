package nl.patroon.indexer.source.chat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** chat-miner's {@code target.json}: the messages its parser is expected to produce. */
public record ExpectedMessages(List<Message> messages) {

    public record Message(LocalDateTime timestamp, String author, String text) {
    }

    public static ExpectedMessages read(Path targetJson) throws IOException {
        List<Message> out = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(targetJson.toFile())) {
            p.nextToken();
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String ts = null;
                String author = null;
                String text = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String f = p.currentName();
                    p.nextToken();
                    switch (f) {
                        case "timestamp" -> ts = p.getText();
                        case "author" -> author = p.getText();
                        case "message" -> text = p.getText();
                        default -> p.skipChildren();
                    }
                }
                out.add(new Message(LocalDateTime.parse(ts), author, text));
            }
        }
        return new ExpectedMessages(out);
    }
}
