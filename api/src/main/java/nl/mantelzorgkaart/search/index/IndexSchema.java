package nl.mantelzorgkaart.search.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import org.apache.lucene.util.Version;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Which documents and analysis an index was built with: an index built by another version of the
 * document schema, of Lucene or of the analysis data files is rebuilt, never read with the wrong rules.
 */
final class IndexSchema {

	/** Raise when documents or fields change: an index built by another version is rebuilt. */
	static final int DOCUMENT_VERSION = 12;

	private IndexSchema() {
	}

	/** The schema of this build: document version, Lucene version and a hash of the analysis data. */
	static String current() {
		return DOCUMENT_VERSION + "/" + Version.LATEST + "/" + analysisFingerprint();
	}

	/** A hash of the analysis data files: changing a compound dictionary changes what is indexed. */
	private static String analysisFingerprint() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			Resource[] resources = new PathMatchingResourcePatternResolver(IndexSchema.class.getClassLoader())
				.getResources("classpath*:search/analysis/**");
			Arrays.sort(resources, (a, b) -> String.valueOf(a.getFilename()).compareTo(String.valueOf(b.getFilename())));
			for (Resource resource : resources) {
				if (resource.isReadable()) {
					digest.update(String.valueOf(resource.getFilename()).getBytes(StandardCharsets.UTF_8));
					try (InputStream in = resource.getInputStream()) {
						digest.update(in.readAllBytes());
					}
				}
			}
			return HexFormat.of().formatHex(digest.digest(), 0, 8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the search analysis data files", ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
