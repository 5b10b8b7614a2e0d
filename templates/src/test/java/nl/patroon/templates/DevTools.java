package nl.patroon.templates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.patroon.core.json.Json;

/**
 * A headless Chromium driven over the DevTools protocol (a WebSocket, with Java's own client): enough to open a
 * page, script it and see every request, console message, exception and policy violation it causes.
 */
final class DevTools implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private final Process chromium;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    final List<JsonNode> events = new CopyOnWriteArrayList<>();

    DevTools(Path chromiumBinary, Path profile) throws Exception {
        chromium = new ProcessBuilder(List.of(chromiumBinary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--disable-extensions", "--user-data-dir=" + profile,
                "--remote-debugging-port=0", "about:blank")).start();
        chromium.getInputStream().close();
        BufferedReader err = new BufferedReader(new InputStreamReader(chromium.getErrorStream(), StandardCharsets.UTF_8));
        String browserUrl = null;
        for (String line; browserUrl == null && (line = err.readLine()) != null; ) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                browserUrl = m.group(1);
            }
        }
        if (browserUrl == null) {
            throw new IllegalStateException("Chromium gave no DevTools address");
        }
        Thread drain = new Thread(() -> {
            try {
                err.lines().forEach(l -> { });
            } catch (java.io.UncheckedIOException closed) {
                // the browser was stopped
            }
        }, "chromium-stderr");
        drain.setDaemon(true);
        drain.start();
        URI browser = URI.create(browserUrl);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        JsonNode targets = Json.mapper().readTree(http.send(HttpRequest.newBuilder(
                URI.create("http://" + browser.getHost() + ":" + browser.getPort() + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        String pageUrl = null;
        for (JsonNode t : targets) {
            if ("page".equals(t.path("type").asText())) {
                pageUrl = t.path("webSocketDebuggerUrl").asText();
            }
        }
        socket = http.newWebSocketBuilder().buildAsync(URI.create(pageUrl), new Listener()).get(10, TimeUnit.SECONDS);
    }

    JsonNode send(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        ObjectNode msg = Json.mapper().createObjectNode().put("id", id).put("method", method);
        msg.set("params", Json.mapper().valueToTree(params));
        socket.sendText(Json.mapper().writeValueAsString(msg), true).get(10, TimeUnit.SECONDS);
        JsonNode r = reply.get(30, TimeUnit.SECONDS);
        if (r.has("error")) {
            throw new IllegalStateException(method + ": " + r.path("error"));
        }
        return r.path("result");
    }

    /** Evaluates an expression in the page and returns its value (by value: strings, numbers, arrays). */
    JsonNode eval(String expression) throws Exception {
        JsonNode r = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException(expression + ": " + r.path("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    /** Waits until an event of that method has arrived. */
    void await(String method, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (events.stream().noneMatch(e -> method.equals(e.path("method").asText()))) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("no " + method + " within " + timeout);
            }
            Thread.sleep(20);
        }
    }

    List<JsonNode> events(String method) {
        return events.stream().filter(e -> method.equals(e.path("method").asText())).toList();
    }

    @Override
    public void close() throws Exception {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // the browser is stopped below either way
        }
        chromium.descendants().forEach(ProcessHandle::destroy);
        chromium.destroy();
        if (!chromium.waitFor(10, TimeUnit.SECONDS)) {
            chromium.descendants().forEach(ProcessHandle::destroyForcibly);
            chromium.destroyForcibly();
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                try {
                    JsonNode msg = Json.mapper().readTree(buffer.toString());
                    if (msg.has("id")) {
                        CompletableFuture<JsonNode> f = pending.remove(msg.path("id").asInt());
                        if (f != null) {
                            f.complete(msg);
                        }
                    } else {
                        events.add(msg);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    buffer.setLength(0);
                }
            }
            ws.request(1);
            return null;
        }
    }
}
