#!/usr/bin/env bash
# Regenerates the derived sample files and checks the whole sample case.
#   samples/zaak-demo/05-whatsapp-sanne-ios.txt   from 04 + tools/ios-only-messages.txt
#   samples/zaak-demo/0[1-3]-*.pdf                 from tools/0[1-3]-*.txt (PDFBox 3.0.7, DejaVu Sans)
#   samples/zaak-demo/08-chat-screenshot.png       drawn with Java2D (DejaVu Sans)
# Hand-written, not regenerated: zaak.json, 04 (Android export), 06 (SMS XML), 07 (e-mails).
# Needs Java 17+, the PDFBox jars in the local Maven repository (they are dependencies of the indexer)
# and fonts-dejavu-core. Output is byte-for-byte reproducible.
set -euo pipefail
cd "$(dirname "$0")/../.."
M2="${M2_REPO:-$HOME/.m2/repository}"
CP="$M2/org/apache/pdfbox/pdfbox/3.0.7/pdfbox-3.0.7.jar"
CP="$CP:$M2/org/apache/pdfbox/fontbox/3.0.7/fontbox-3.0.7.jar"
CP="$CP:$M2/org/apache/pdfbox/pdfbox-io/3.0.7/pdfbox-io-3.0.7.jar"
CP="$CP:$(ls "$M2"/commons-logging/commons-logging/*/commons-logging-*.jar | grep -v sources | sort -V | tail -1)"
for jar in ${CP//:/ }; do
  [ -f "$jar" ] || { echo "missing $jar (run 'mvn -q dependency:go-offline' once)" >&2; exit 1; }
done
java samples/tools/MakeIosExport.java
java -cp "$CP" samples/tools/MakeSamplePdfs.java
java samples/tools/MakeChatScreenshot.java
java -cp "$CP" samples/tools/CheckSamples.java
