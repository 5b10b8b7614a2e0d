/** What a passage search asks and answers, independent of the engine that answers it (Lucene, later SolrCloud). */
package nl.patroon.core.search;
