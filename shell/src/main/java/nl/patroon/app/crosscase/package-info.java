/**
 * Beyond one case: publishing a case to the shared SolrCloud collection and looking up the prior history of a
 * person across the published cases (the "eleven reports that nobody connected"). The embedded index stays the
 * default; nothing here is used unless a command names a Solr cluster.
 */
package nl.patroon.app.crosscase;
