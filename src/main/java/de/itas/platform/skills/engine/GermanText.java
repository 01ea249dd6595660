package de.itas.platform.skills.engine;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the finder reads German job titles: folds umlauts and ß the way people type them without a German
 * keyboard, drops gender markers ("/in", "*innen", "(m/w/d)") and feminine endings, maps abbreviations
 * to one form, and splits text into comparable words. Index and query go through the same steps, so
 * "Kfz-Mechatronikerin", "KFZ Mechatroniker/in" and "Kraftfahrzeugmechatroniker" meet.
 */
public final class GermanText {

	private static final Pattern GENDER_SUFFIX = Pattern.compile("(?<=\\p{L})[/*:_](-)?(in|innen)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern BINNEN_I = Pattern.compile("(?<=\\p{Ll})In(nen)?\\b");

	private static final Pattern GENDER_NOTE = Pattern.compile(
			"\\(?\\b[mwdf]\\.?\\s*/\\s*[mwdf]\\.?(\\s*/\\s*[mwdfx]\\.?)?(?!\\p{L})\\)?|\\((in|innen|r|e)\\)",
			Pattern.CASE_INSENSITIVE);

	/**
	 * Both forms in one word with the masculine ending in brackets, as Austrian titles write them:
	 * "Geolog(e)in", "Beamt(er)in", "Technisch(er)e" are read as "Geologe", "Beamter", "Technischer".
	 */
	private static final Pattern BRACKETED_ENDING = Pattern.compile("(?<=\\p{L})\\((e|er|r|n|en|es)\\)(in|innen|e)?(?!\\p{L})",
			Pattern.CASE_INSENSITIVE);

	/** The feminine form after a slash and hyphen: "Kaufmann/-frau", "Pfleger/-schwester", "Technologe/-technologin". */
	private static final Pattern FEMININE_ALTERNATIVE = Pattern.compile(
			"/\\s*-\\s*\\p{L}*(in|innen|frau|schwester|mädchen)(?!\\p{L})", Pattern.CASE_INSENSITIVE);

	/** The feminine form as a whole word after a slash: "Koch/Köchin", "Zahnarzt/Zahnärztin". */
	private static final Pattern FEMININE_WORD = Pattern.compile("(\\p{L}{3})(\\p{L}*)/(\\p{L}+)in(?!\\p{L})");

	private static final Pattern E_PREFIX = Pattern.compile("\\be-(?=\\p{L}{3})", Pattern.CASE_INSENSITIVE);

	private static final Pattern COMBINING = Pattern.compile("\\p{M}+");

	private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

	/** Phrases that people write in one word or an abbreviation. */
	private static final Map<Pattern, String> PHRASES = Map.of(
			Pattern.compile("speicherprogrammierbare?n?\\s+steuerung(en)?"), "sps",
			Pattern.compile("computerized numerical control"), "cnc",
			Pattern.compile("computergestuetzte?n?\\s+(numerische?n?\\s+)?(werkzeug)?maschine\\w*"), "cnc",
			Pattern.compile("informations-?\\s*und\\s+kommunikationstechnik"), "it",
			Pattern.compile("dipl\\W*ing\\b"), "ingenieur");

	/**
	 * Words and word parts with one canonical form (the project's own list of abbreviations and
	 * spellings common in German job titles, not taken from any job-title data set).
	 */
	static final Map<String, String> CANONICAL = Map.ofEntries(Map.entry("kraftfahrzeug", "kfz fahrzeug"),
			Map.entry("kraftfahrzeuge", "kfz fahrzeug"), Map.entry("kraftfahrzeugen", "kfz fahrzeug"),
			Map.entry("automobil", "kfz fahrzeug"), Map.entry("auto", "kfz fahrzeug"), Map.entry("kfz", "kfz fahrzeug"),
			Map.entry("hochvolt", "hv"), Map.entry("hochspannung", "hv"), Map.entry("hochspannungs", "hv"),
			Map.entry("informationstechnik", "it"), Map.entry("informationstechnologie", "it"), Map.entry("ikt", "it"),
			Map.entry("edv", "it"), Map.entry("lastkraftwagen", "lkw"), Map.entry("lastwagen", "lkw"),
			Map.entry("personenkraftwagen", "pkw"), Map.entry("ing", "ingenieur"), Map.entry("di", "ingenieur"), Map.entry("ingenieurs", "ingenieur"),
			Map.entry("techn", "technisch"), Map.entry("elektrik", "elektro"), Map.entry("akku", "batterie"),
			Map.entry("akkumulator", "batterie"), Map.entry("schichtfuehrer", "schichtleiter"),
			Map.entry("kommissionier", "kommissionierer"), Map.entry("qs", "qualitaetssicherung"),
			Map.entry("qm", "qualitaetsmanagement"), Map.entry("instandhalter", "instandhaltung"),
			Map.entry("fraes", "fraeser"), Map.entry("montierer", "monteur"), Map.entry("ki", "kuenstlich intelligenz"),
			Map.entry("robotik", "roboter"), Map.entry("steuerer", "bediener"),
			Map.entry("galvaniseur", "galvanotechniker"), Map.entry("zerspaner", "zerspanungsmechaniker"),
			Map.entry("programmierer", "programmierer entwickler"), Map.entry("developer", "entwickler"),
			Map.entry("engineer", "ingenieur"), Map.entry("manager", "manager"));

	/** Words that carry no meaning for finding an occupation. */
	static final Set<String> STOP_WORDS = Set.of("fuer", "und", "oder", "der", "die", "das", "des", "den", "dem",
			"ein", "eine", "einer", "im", "in", "am", "an", "auf", "bei", "mit", "von", "vom", "zur", "zum", "zu", "als",
			"nach", "aus", "ueber", "unter", "sowie", "fachrichtung", "schwerpunkt", "bereich", "abteilung", "m", "w",
			"d", "f", "x", "mwd", "wmd", "the", "of", "and", "for", "azubi", "auszubildender", "auszubildende",
			"ausbildung", "gepruefter", "gepruefte", "staatlich", "anerkannter", "anerkannte", "senior", "junior",
			"stellvertretender", "stellvertretende", "ehemals", "ehemaliger", "ehemalige", "bisher", "derzeit", "aktuell",
			"gelernter", "gelernte", "zurzeit", "tätig", "taetig", "eg", "ca", "nr", "dipl", "bachelor", "master", "bsc",
			"msc", "ihk", "hwk");

	/** Endings after which a trailing "in"/"innen" marks the feminine form of an occupation. */
	private static final List<String> FEMININE_BASES = List.of("er", "eur", "ist", "ant", "ent", "oge", "at", "ar",
			"or", "ekt", "ier", "om", "graf", "graph", "eut", "ent", "ot", "it", "ik", "ling");

	private GermanText() {
	}

	/** Lower case, umlauts folded (ä → ae, ß → ss), accents dropped, gender markers removed. */
	public static String fold(String text) {
		String value = Normalizer.normalize(text, Normalizer.Form.NFKC);
		value = BRACKETED_ENDING.matcher(value).replaceAll("$1");
		value = FEMININE_ALTERNATIVE.matcher(value).replaceAll("");
		value = FEMININE_WORD.matcher(value).replaceAll(match -> sameStart(match.group(1), match.group(3))
				? Matcher.quoteReplacement(match.group(1) + match.group(2)) : Matcher.quoteReplacement(match.group()));
		value = GENDER_SUFFIX.matcher(value).replaceAll("");
		value = BINNEN_I.matcher(value).replaceAll("");
		value = GENDER_NOTE.matcher(value).replaceAll(" ");
		value = value.toLowerCase(Locale.GERMAN)
			.replace("ä", "ae")
			.replace("ö", "oe")
			.replace("ü", "ue")
			.replace("ß", "ss")
			.replace("ẞ", "ss");
		value = COMBINING.matcher(Normalizer.normalize(value, Normalizer.Form.NFD)).replaceAll("");
		value = E_PREFIX.matcher(value).replaceAll("elektro");
		for (Map.Entry<Pattern, String> phrase : PHRASES.entrySet()) {
			value = phrase.getKey().matcher(value).replaceAll(" " + phrase.getValue() + " ");
		}
		return value;
	}

	private static boolean sameStart(String masculine, String feminine) {
		return feminine.length() >= 3 && plain(masculine).equals(plain(feminine.substring(0, 3)));
	}

	private static String plain(String text) {
		return text.toLowerCase(Locale.GERMAN).replace('ä', 'a').replace('ö', 'o').replace('ü', 'u');
	}

	/** The meaningful words of a text, folded and stemmed, in their order. */
	public static List<String> words(String text) {
		return foldedWords(fold(text));
	}

	/** As {@link #words}, for a text already {@link #fold folded}. */
	static List<String> foldedWords(String folded) {
		List<String> words = new ArrayList<>();
		for (String token : NON_WORD.split(folded)) {
			if (token.isEmpty() || STOP_WORDS.contains(token)) {
				continue;
			}
			String word = canonical(stem(token));
			if (!word.isEmpty() && !STOP_WORDS.contains(word)) {
				for (String part : word.split(" ")) {
					words.add(part);
				}
			}
		}
		return words;
	}

	/** The canonical form; a few words stand for two ("kfz fahrzeug"), separated by a space. */
	static String canonical(String word) {
		return CANONICAL.getOrDefault(word, word);
	}

	/** Every written form the canonical map knows, so that compounds containing them can be split. */
	static Set<String> canonicalForms() {
		Set<String> forms = new java.util.HashSet<>(CANONICAL.keySet());
		CANONICAL.values().forEach(value -> forms.addAll(List.of(value.split(" "))));
		return forms;
	}

	/** Feminine and inflected forms to one base: "mechanikerin" → "mechaniker", "technische" → "technisch". */
	static String stem(String token) {
		String word = token;
		if (word.endsWith("innen") && word.length() >= 9) {
			word = word.substring(0, word.length() - 5);
		}
		else if (word.endsWith("in") && word.length() >= 6) {
			String base = word.substring(0, word.length() - 2);
			if (FEMININE_BASES.stream().anyMatch(base::endsWith)) {
				word = base;
			}
		}
		if (word.endsWith("frau") && word.length() > 6) {
			word = word.substring(0, word.length() - 4) + "mann";
		}
		else if (word.endsWith("leute") && word.length() > 7) {
			word = word.substring(0, word.length() - 5) + "mann";
		}
		for (String adjective : List.of("isch", "lich", "ig", "tech")) {
			for (String ending : List.of("e", "er", "es", "en", "em")) {
				if (word.endsWith(adjective + ending) && word.length() > adjective.length() + ending.length() + 2) {
					return word.substring(0, word.length() - ending.length());
				}
			}
		}
		if (word.length() > 6 && (word.endsWith("ern") || word.endsWith("ien"))) {
			word = word.substring(0, word.length() - 1);
		}
		// Austrian spelling: "Wissenschafter" for "Wissenschaftler"
		if (word.endsWith("schafter") && word.length() > 10) {
			word = word.substring(0, word.length() - 2) + "ler";
		}
		if (word.equals("aerzt")) {
			return "arzt";
		}
		return word;
	}

}
