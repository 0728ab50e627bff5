// Word lists for synthetic news. General vocabulary only: the generated
// names are random combinations, not anyone from the sample articles.
import countries from "world-countries";

export const FIRST_NAMES = [
  "Ahmad", "Maria", "Oleg", "Fatima", "John", "Leila", "Viktor", "Sara", "Hassan", "Anna", "Karim", "Elena",
  "Omar", "Julia", "Yusuf", "Ingrid", "Pavel", "Nadia", "Samir", "Claire", "Tariq", "Sofia", "Dmitri", "Amina",
  "Lucas", "Rania", "Igor", "Hana", "Mehmet", "Laura", "Khalid", "Irina", "Daniel", "Mona", "Sergei", "Layla",
  "Thomas", "Zainab", "Andrei", "Noura", "Peter", "Yasmin", "Mikhail", "Dalia", "Robert", "Salma", "Alexei",
  "Huda", "Martin", "Rami", "Olga", "Bassam", "Emma", "Walid", "Katarina", "Nabil", "Grace", "Fadi", "Marta",
];

export const LAST_NAMES = [
  "Haddad", "Novak", "Petrov", "Mansour", "Schmidt", "Karimi", "Ivanova", "Nasser", "Larsen", "Rahman",
  "Volkov", "Khoury", "Dubois", "Saleh", "Morozov", "Aziz", "Fischer", "Yilmaz", "Lavrov", "Jaber", "Moreau",
  "Hamdan", "Kuznetsov", "Darwish", "Rossi", "Bakr", "Sokolov", "Farouk", "Jensen", "Othman", "Popov",
  "Qasim", "Weber", "Sabbagh", "Orlov", "Zayed", "Costa", "Hijazi", "Lebedev", "Issa", "Meyer", "Tahan",
  "Kowalski", "Shami", "Novikov", "Ghanem", "Bauer", "Khalil", "Romanov", "Suleiman", "Berg", "Rashid",
  "Al-Amin", "El-Sayed", "Al-Hakim", "Al-Masri", "Ben Ali", "Abu Zaid", "Kaya", "Demir",
];

export const PERSON_ROLES = [
  "Foreign Minister", "Deputy Prime Minister", "Energy Minister", "Defense Minister", "President",
  "Prime Minister", "Ambassador", "Spokesperson", "Trade Minister", "Envoy", "General", "Mayor",
  "Governor", "Economy Minister", "Interior Minister", "Central Bank Governor", "Opposition Leader",
];

export const ORGANIZATION_PATTERNS = [
  "Ministry of {x}", "National {x} Council", "{x} Authority", "{x} Development Fund", "Institute for {x}",
  "{x} Commission", "{x} Agency", "Union of {x} Workers",
];
export const ORGANIZATION_SUBJECTS = [
  "Energy", "Reconstruction", "Trade", "Defense", "Health", "Education", "Transport", "Agriculture",
  "Finance", "Water", "Housing", "Justice", "Refugees", "Telecommunications", "Industry", "Culture",
];
export const GROUP_PATTERNS = ["{x} Front", "{x} Movement", "{x} Brigade", "{x} Alliance", "{x} Coalition"];
export const GROUP_SUBJECTS = [
  "Northern", "Southern", "Eastern", "Western", "Liberation", "Democratic", "Popular", "National", "Coastal",
  "Highland", "Unity", "Reform", "Free", "Revolutionary", "Tribal",
];
export const MEDIA_PATTERNS = ["The {x} Times", "{x} News Agency", "{x} Television", "{x} Herald", "Radio {x}"];

export const SOURCES = [
  "Reuters", "AP", "AFP", "TASS", "Al Jazeera", "BBC", "SANA", "Anadolu", "Xinhua", "DPA", "EFE",
  "The Guardian", "Le Monde", "Asharq Al-Awsat", "Kommersant", "Interfax", "RIA Novosti", "ANSA",
  "Kyodo", "Yonhap", "Bloomberg", "Financial Times", "The National", "Middle East Eye", "Al-Monitor",
];

export interface Country {
  name: string;
  official: string;
  capital: string;
  demonym: string;
  latitude: number;
  longitude: number;
}

export const COUNTRIES: Country[] = countries
  .filter((country) => country.capital.length > 0 && country.independent)
  .map((country) => ({
    name: country.name.common,
    official: country.name.official,
    capital: country.capital[0],
    demonym: country.demonyms?.eng?.m ?? country.name.common,
    latitude: country.latlng[0],
    longitude: country.latlng[1],
  }));

/** Subjects a claim is about, each with the topic (seeded slug) it belongs to. */
export const CLAIM_SUBJECTS: Array<{ phrase: string; topic: string }> = [
  { phrase: "the bilateral talks", topic: "diplomacy" },
  { phrase: "the new embassy", topic: "diplomacy" },
  { phrase: "the visit of the delegation", topic: "diplomacy" },
  { phrase: "the strategic partnership", topic: "diplomacy" },
  { phrase: "the gas pipeline", topic: "energy" },
  { phrase: "oil exports", topic: "energy" },
  { phrase: "the power plant", topic: "energy" },
  { phrase: "electricity supplies", topic: "energy" },
  { phrase: "the arms deal", topic: "defense" },
  { phrase: "joint military exercises", topic: "defense" },
  { phrase: "the air defense system", topic: "defense" },
  { phrase: "the naval base", topic: "military-bases" },
  { phrase: "the airbase lease", topic: "military-bases" },
  { phrase: "the trade agreement", topic: "economy-trade" },
  { phrase: "wheat imports", topic: "economy-trade" },
  { phrase: "foreign investment", topic: "economy-trade" },
  { phrase: "customs tariffs", topic: "economy-trade" },
  { phrase: "the reconstruction fund", topic: "reconstruction" },
  { phrase: "rebuilding the bridges", topic: "reconstruction" },
  { phrase: "the housing programme", topic: "reconstruction" },
  { phrase: "aid convoys", topic: "humanitarian-aid" },
  { phrase: "medical supplies", topic: "humanitarian-aid" },
  { phrase: "food deliveries", topic: "humanitarian-aid" },
  { phrase: "the ceasefire", topic: "security" },
  { phrase: "border security", topic: "security" },
  { phrase: "the counterterrorism operation", topic: "security" },
  { phrase: "the airstrikes near the capital", topic: "israel-strikes" },
  { phrase: "the strikes on the airport", topic: "israel-strikes" },
  { phrase: "the sanctions regime", topic: "sanctions" },
  { phrase: "lifting the sanctions", topic: "sanctions" },
  { phrase: "frozen assets", topic: "sanctions" },
  { phrase: "the extradition request", topic: "transitional-justice" },
  { phrase: "the war crimes tribunal", topic: "transitional-justice" },
  { phrase: "the parliamentary elections", topic: "elections" },
  { phrase: "the electoral law", topic: "elections" },
  { phrase: "the student exchange", topic: "education-culture" },
  { phrase: "the university scholarships", topic: "education-culture" },
];

export const CLAIM_PREDICATES = [
  "would be extended until the end of the year", "must be reviewed by both governments",
  "had been agreed in principle", "remained under discussion", "will resume next month",
  "was a priority for the government", "could collapse without further funding",
  "would create thousands of jobs", "had been delayed by several weeks", "was progressing as planned",
  "required international guarantees", "would be signed within days", "faced serious obstacles",
  "was welcomed by the neighbouring states", "had been blocked by the opposition",
];

export const SPEECH_VERBS = ["said", "stated", "told reporters", "announced", "stressed", "noted", "warned"];

export const EVENT_PHRASES: Record<string, string> = {
  MEETING: "meeting", VISIT: "visit", SUMMIT: "summit", TALKS: "talks", STATEMENT: "statement",
  AGREEMENT: "agreement", MILITARY_ACTION: "operation", ELECTION: "election", OTHER: "conference",
};

export const FILLER_SENTENCES = [
  "The meeting took place behind closed doors.", "Officials did not give further details.",
  "Observers expect more negotiations in the coming weeks.", "The talks were described as constructive.",
  "Both sides agreed to keep working groups in contact.", "Local media reported heavy security in the area.",
  "Analysts said the outcome remained uncertain.", "A joint statement is expected later this week.",
];
