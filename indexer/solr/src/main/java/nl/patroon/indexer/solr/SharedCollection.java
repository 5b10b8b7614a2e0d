package nl.patroon.indexer.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.client.solrj.response.SimpleSolrResponse;
import org.apache.solr.common.util.Utils;

/**
 * Administration of the shared collection, done once per cluster and once per access label, with the admin's
 * credentials: upload the configset, create the collection, open a label to its role.
 */
public final class SharedCollection {
    /** The configset files, in the jar under this resource folder. */
    static final List<String> CONFIGSET_FILES = List.of("schema.xml", "solrconfig.xml", "lang/stopwords_nl.txt",
            "lang/stemdict_nl.txt");
    private static final String CONFIGSET_RESOURCE = "/nl/patroon/indexer/solr/configset/conf/";
    /** What a label's handler may return: stored fields only, no document transformers (they run sub-queries). */
    static final String FIELDS = "id,doc_type,case_id,access,passage_id,evidence_id,sha256,locator,line,author,party_id,"
            + "time,time_end,zone,precision,lang,system,speaker,category,text,role,person_name,birth_date,phone,email,"
            + "date,date_until,categories,red_flags,description,order_kind,party_ids,score";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SolrClient client;
    private final SolrCredentials admin;
    private final String collection;

    public SharedCollection(SolrClient client, SolrCredentials admin, String collection) {
        this.client = client;
        this.admin = admin;
        this.collection = collection;
    }

    /**
     * Uploads the configset (as {@code collection}) and creates the collection if it does not exist yet, with one
     * shard per {@code shards} and {@code replicationFactor} copies of each: with 2, a stopped node costs no reads.
     */
    public void install(int shards, int replicationFactor) throws IOException, SolrServerException {
        Path zip = Files.createTempFile("patroon-configset", ".zip");
        try {
            Files.write(zip, configsetZip());
            admin.on(new ConfigSetAdminRequest.Upload().setConfigSetName(collection).setOverwrite(true)
                    .setUploadFile(zip.toFile(), "application/zip")).process(client);
        } finally {
            Files.deleteIfExists(zip);
        }
        Object existing = admin.on(new CollectionAdminRequest.List()).process(client).getResponse().get("collections");
        if (!(existing instanceof List<?> names && names.contains(collection))) {
            admin.on(CollectionAdminRequest.createCollection(collection, collection, shards, replicationFactor))
                    .process(client);
        }
    }

    /**
     * Opens an access label: a search handler {@code /zoek/<label>} whose filter on the label is appended to every
     * request (the client can add filters, never remove this one), whose query parser and field list are fixed
     * (no local parameters, no sub-queries), and a permission that lets only the label's role use it. The
     * permission goes before the built-in ones, since the first permission that matches a request decides.
     */
    public void grantLabel(AccessLabel label) throws IOException, SolrServerException {
        ObjectNode handler = JSON.createObjectNode();
        handler.put("name", label.handlerPath());
        handler.put("class", "solr.SearchHandler");
        handler.putObject("defaults").put("rows", 10).put("df", "text_stem").put("q.op", "AND");
        handler.putObject("invariants").put("defType", "edismax").put("fl", FIELDS).put("echoParams", "none")
                .put("uf", "text text_stem person_name person_keys phone email birth_date case_id doc_type party_id"
                        + " party_ids categories category red_flags date time order_kind evidence_id passage_id author");
        handler.putObject("appends").put("fq", label.filter());
        boolean exists = configHasHandler(label.handlerPath());
        post("/config", true, JSON.createObjectNode().set(exists ? "update-requesthandler" : "add-requesthandler",
                handler));

        JsonNode security = get("/admin/authorization");
        JsonNode permissions = security.path("authorization.json").path("authorization").path("permissions");
        if (permissions.isMissingNode()) {
            permissions = security.path("authorization").path("permissions");
        }
        int firstBuiltIn = -1;
        for (JsonNode p : permissions) {
            if (label.role().equals(p.path("role").asText()) && label.handlerPath().equals(p.path("path").asText())) {
                return; // already granted
            }
            if (firstBuiltIn < 0 && !p.path("name").asText().startsWith("zoek-")) {
                firstBuiltIn = p.path("index").asInt(-1);
            }
        }
        ObjectNode permission = JSON.createObjectNode();
        permission.put("name", "zoek-" + label.value());
        permission.put("collection", collection);
        permission.put("path", label.handlerPath());
        permission.put("role", label.role());
        if (firstBuiltIn > 0) {
            permission.put("before", firstBuiltIn);
        }
        post("/admin/authorization", false, JSON.createObjectNode().set("set-permission", permission));
    }

    /** Gives a Solr user the roles of these labels (and keeps the roles it had). */
    public void assignLabels(String user, List<AccessLabel> labels) throws IOException, SolrServerException {
        JsonNode security = get("/admin/authorization");
        JsonNode current = security.path("authorization.json").path("authorization").path("user-role").path(user);
        var roles = JSON.createArrayNode();
        current.forEach(r -> roles.add(r.asText()));
        for (AccessLabel l : labels) {
            if (!current.toString().contains("\"" + l.role() + "\"")) {
                roles.add(l.role());
            }
        }
        ObjectNode body = JSON.createObjectNode();
        body.putObject("set-user-role").set(user, roles);
        post("/admin/authorization", false, body);
    }

    private boolean configHasHandler(String path) throws IOException, SolrServerException {
        GenericSolrRequest r = new GenericSolrRequest(SolrRequest.METHOD.GET, "/config/requestHandler");
        r.setRequiresCollection(true);
        SimpleSolrResponse response = admin.on(r).process(client, collection);
        String body = Utils.toJSONString(response.getResponse());
        return body.contains("\"" + path + "\"");
    }

    private JsonNode get(String path) throws IOException, SolrServerException {
        GenericSolrRequest r = new GenericSolrRequest(SolrRequest.METHOD.GET, path);
        SimpleSolrResponse response = admin.on(r).process(client);
        return JSON.readTree(Utils.toJSONString(response.getResponse()));
    }

    private void post(String path, boolean onCollection, JsonNode body) throws IOException, SolrServerException {
        GenericSolrRequest r = new GenericSolrRequest(SolrRequest.METHOD.POST, path)
                .withContent(JSON.writeValueAsBytes(body), "application/json");
        r.setRequiresCollection(onCollection);
        if (onCollection) {
            admin.on(r).process(client, collection);
        } else {
            admin.on(r).process(client);
        }
    }

    /** The configset as a zip, as the ConfigSets API wants it. */
    static byte[] configsetZip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String file : CONFIGSET_FILES) {
                try (InputStream in = SharedCollection.class.getResourceAsStream(CONFIGSET_RESOURCE + file)) {
                    if (in == null) {
                        throw new IllegalStateException("configset file missing from the jar: " + file);
                    }
                    zip.putNextEntry(new ZipEntry(file));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
