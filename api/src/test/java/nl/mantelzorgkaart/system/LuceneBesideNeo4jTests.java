package nl.mantelzorgkaart.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.mantelzorgkaart.IntegrationTest;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.Version;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The application's own Lucene index and Neo4j's full-text index share one JVM and one Lucene
 * version; both must work side by side (a mismatch fails with NoClassDefFoundError on a codec).
 */
@IntegrationTest
class LuceneBesideNeo4jTests {

	@Autowired
	Driver driver;

	@Test
	void theApplicationsLuceneIndexAndNeo4jsFullTextIndexBothAnswerInOneJvm() throws Exception {
		assertThat(Version.LATEST.toString()).isEqualTo("9.11.1");

		this.driver.executableQuery("""
				CREATE FULLTEXT INDEX test_offering_text IF NOT EXISTS
				FOR (n:Offering) ON EACH [n.name, n.description]""").execute();
		try {
			this.driver.executableQuery("CALL db.awaitIndexes(60)").execute();
			List<String> neo4jHits = this.driver.executableQuery("""
					CALL db.index.fulltext.queryNodes('test_offering_text', 'respijtactiviteit')
					YIELD node RETURN node.id AS id""").execute().records().stream().map((r) -> r.get("id").asString())
				.toList();
			assertThat(neo4jHits).contains("vmca-eigen-tijd");
		}
		finally {
			this.driver.executableQuery("DROP INDEX test_offering_text IF EXISTS").execute();
		}

		try (var directory = new ByteBuffersDirectory(); var analyzer = new DutchAnalyzer()) {
			try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
				Document document = new Document();
				document.add(new KeywordField("id", "vmca-eigen-tijd", Field.Store.YES));
				document.add(new TextField("text", "Even vrij van de zorg: respijtzorg voor mantelzorgers", Field.Store.NO));
				writer.addDocument(document);
			}
			try (var reader = DirectoryReader.open(directory)) {
				var hits = new IndexSearcher(reader).search(new QueryParser("text", analyzer).parse("mantelzorger"), 10);
				assertThat(hits.totalHits.value).isEqualTo(1);
			}
		}
	}

}
