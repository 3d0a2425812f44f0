package nl.mantelzorgkaart.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, byte for byte as written: a forged or doubled {@code Host}, a header of 40 KB,
 * a raw {@code %} or {@code ..} in the path and methods no HTTP library sends. Every request closes its
 * connection; the answer is read to the end (chunked bodies decoded).
 */
final class RawHttp {

	/** A request as it goes on the wire; {@code host} null sends no Host header at all. */
	record Request(String method, String target, List<String[]> headers, byte[] body, boolean sendHost) {

		static Request of(String method, String target) {
			return new Request(method, target, new ArrayList<>(), null, true);
		}

		Request header(String name, String value) {
			this.headers.add(new String[] { name, value });
			return this;
		}

		Request body(String contentType, String text) {
			return body(contentType, text.getBytes(StandardCharsets.UTF_8));
		}

		Request body(String contentType, byte[] bytes) {
			Request with = new Request(this.method, this.target, this.headers, bytes, this.sendHost);
			return (contentType != null) ? with.header("Content-Type", contentType) : with;
		}

		Request withoutHost() {
			return new Request(this.method, this.target, this.headers, this.body, false);
		}

		boolean has(String name) {
			return this.headers.stream().anyMatch((header) -> header[0].equalsIgnoreCase(name));
		}

	}

	/** The status, the headers (names lower case, the last of each) and the body; status 0 if none came. */
	record Response(int status, Map<String, String> headers, byte[] body) {

		String header(String name) {
			return this.headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
		}

		String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

	}

	private RawHttp() {
	}

	static Response send(int port, Request request) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(60_000);
			ByteArrayOutputStream head = new ByteArrayOutputStream();
			line(head, request.method() + " " + request.target() + " HTTP/1.1");
			if (request.sendHost() && !request.has("Host")) {
				line(head, "Host: localhost:" + port);
			}
			for (String[] header : request.headers()) {
				line(head, header[0] + ": " + header[1]);
			}
			if (request.body() != null) {
				line(head, "Content-Length: " + request.body().length);
			}
			line(head, "Connection: close");
			line(head, "");
			try {
				OutputStream out = socket.getOutputStream();
				out.write(head.toByteArray());
				if (request.body() != null) {
					out.write(request.body());
				}
				out.flush();
			}
			catch (IOException ex) {
				// The server may answer and close before it read all we sent (a header over the limit): read what it said.
			}
			return parse(readAll(socket.getInputStream()));
		}
	}

	private static void line(ByteArrayOutputStream out, String line) {
		out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
		out.writeBytes(new byte[] { '\r', '\n' });
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int read; (read = in.read(buffer)) != -1;) {
				all.write(buffer, 0, read);
				if (complete(all.toByteArray())) {
					break; // the server may keep the connection open (to drain a body it announced but never got)
				}
			}
		}
		catch (SocketTimeoutException ex) {
			throw ex;
		}
		catch (IOException ex) {
			// A reset after the answer: keep what came.
		}
		return all.toByteArray();
	}

	/** Whether the answer read so far is whole: its Content-Length read, or the last chunk. */
	private static boolean complete(byte[] raw) {
		int end = indexOf(raw, new byte[] { '\r', '\n', '\r', '\n' }, 0);
		if (end < 0) {
			return false;
		}
		String head = new String(raw, 0, end, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
		java.util.regex.Matcher length = java.util.regex.Pattern.compile("\r\ncontent-length:\\s*(\\d+)").matcher(head);
		if (length.find()) {
			return raw.length - end - 4 >= Long.parseLong(length.group(1));
		}
		if (head.contains("\r\ntransfer-encoding: chunked")) {
			return indexOf(raw, "\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), end) >= 0;
		}
		return head.startsWith("http/1.1 304") || head.startsWith("http/1.1 204");
	}

	private static Response parse(byte[] raw) {
		int end = indexOf(raw, new byte[] { '\r', '\n', '\r', '\n' }, 0);
		if (end < 0) {
			return new Response(0, Map.of(), raw);
		}
		String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
		String[] statusLine = lines[0].split(" ", 3);
		int status = (statusLine.length > 1) ? Integer.parseInt(statusLine[1]) : 0;
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			if (colon > 0) {
				headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
			}
		}
		byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
		if (headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT).contains("chunked")) {
			body = unchunk(body);
		}
		return new Response(status, headers, body);
	}

	private static byte[] unchunk(byte[] chunked) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int at = 0;
		while (at < chunked.length) {
			int lineEnd = indexOf(chunked, new byte[] { '\r', '\n' }, at);
			if (lineEnd < 0) {
				break;
			}
			String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
			int length = Integer.parseInt(size, 16);
			if (length == 0) {
				break;
			}
			out.write(chunked, lineEnd + 2, Math.min(length, chunked.length - lineEnd - 2));
			at = lineEnd + 2 + length + 2;
		}
		return out.toByteArray();
	}

	private static int indexOf(byte[] data, byte[] what, int from) {
		outer: for (int i = from; i <= data.length - what.length; i++) {
			for (int j = 0; j < what.length; j++) {
				if (data[i + j] != what[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
