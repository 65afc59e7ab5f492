/* test-languages.c: articles in Hindi, German, French and Spanish
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plx-language.h"
#include "plx-segmenter.h"
#include "plx-test-util.h"

/* tests/data/corpus-de and corpus-hi hold three short articles each,
 * written for these tests, on one made-up story: the EU and India cut
 * the tariff on steel. Each outlet words the shared statement a little
 * differently; one (Berliner Tagesblatt, Dainik Prahari) gives the new
 * rate as 12 per cent where the other two say 10; all date the signing
 * to 13 January 2026; Lok Darpan writes its figures in Devanagari
 * digits. No file says what language it is in. */

typedef struct
{
  PlxCorpus    *corpus;
  PlxAlignment *alignment;
  GPtrArray    *discrepancies;
  PlxLedger    *ledger;
} Story;

static Story german, hindi;

static void
story_load (Story      *story,
            const char *folder)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, folder, NULL);

  story->corpus = plx_test_load (path);
  story->alignment = plx_align_corpus (story->corpus, NULL, NULL);
  story->discrepancies = plx_discrepancies_find (story->alignment);
  story->ledger = plx_ledger_build (story->corpus, NULL);
}

static void
story_clear (Story *story)
{
  g_clear_pointer (&story->ledger, plx_ledger_free);
  g_clear_pointer (&story->discrepancies, g_ptr_array_unref);
  g_clear_object (&story->alignment);
  g_clear_object (&story->corpus);
}

static PlxArticle *
article_of (Story      *story,
            const char *id)
{
  PlxArticle *article = plx_corpus_find_article (story->corpus, id);

  if (article == NULL)
    g_error ("no article “%s”", id);
  return article;
}

static guint
find_sentence (PlxArticle *article,
               const char *needle)
{
  for (guint i = 0; i < plx_article_get_n_sentences (article); i++)
    if (strstr (plx_sentence_get_text (plx_article_get_sentence (article, i)), needle) != NULL)
      return i;

  g_error ("%s: no sentence holds “%s”", plx_article_get_id (article), needle);
  return 0;
}

static PlxRow *
row_of (Story      *story,
        const char *id,
        const char *needle)
{
  PlxArticle *article = article_of (story, id);
  PlxRow *row = plx_alignment_find_row (story->alignment, article, find_sentence (article, needle));

  g_assert_nonnull (row);
  return row;
}

static const PlxDiscrepancy *
find_discrepancy (Story        *story,
                  PlxDiffClass  kind,
                  const char   *id,
                  const char   *text)
{
  PlxArticle *article = article_of (story, id);

  for (guint i = 0; i < story->discrepancies->len; i++)
    {
      const PlxDiscrepancy *discrepancy = g_ptr_array_index (story->discrepancies, i);

      if (discrepancy->kind != kind)
        continue;
      for (guint m = 0; m < discrepancy->mentions->len; m++)
        {
          const PlxMention *mention = &g_array_index (discrepancy->mentions, PlxMention, m);

          if (mention->article == article && strstr (mention->text, text) != NULL)
            return discrepancy;
        }
    }

  return NULL;
}

static const char *
mention_text (const PlxDiscrepancy *discrepancy,
              PlxArticle           *article)
{
  for (guint m = 0; m < discrepancy->mentions->len; m++)
    {
      const PlxMention *mention = &g_array_index (discrepancy->mentions, PlxMention, m);

      if (mention->article == article)
        return mention->text;
    }

  return NULL;
}

/* The ledger entry of a percentage, with how many outlets state it. */
static guint
ledger_outlets (Story  *story,
                double  percent)
{
  GPtrArray *tariffs = plx_ledger_get_tariffs (story->ledger);

  for (guint i = 0; i < tariffs->len; i++)
    {
      const PlxTariffEntry *entry = g_ptr_array_index (tariffs, i);

      if (entry->value == percent && g_str_equal (entry->unit, "percent"))
        return entry->mentions->len;
    }

  return 0;
}

static guint
event_outlets (Story      *story,
               const char *date)
{
  GPtrArray *events = plx_ledger_get_events (story->ledger);

  for (guint i = 0; i < events->len; i++)
    {
      const PlxEventEntry *entry = g_ptr_array_index (events, i);

      if (g_str_equal (entry->date, date))
        return entry->mentions->len;
    }

  return 0;
}

/* ---- Language detection ------------------------------------------- */

static void
test_detect (void)
{
  static const struct { const char *text; const char *language; } cases[] = {
    { "Die Regierung hat am Dienstag neue Zölle auf Stahl angekündigt, die ab März gelten sollen.", "de" },
    { "Le gouvernement a annoncé mardi de nouveaux droits de douane sur l'acier, qui entreront en vigueur en mars.", "fr" },
    { "El Gobierno anunció el martes nuevos aranceles sobre el acero, que entrarán en vigor en marzo.", "es" },
    { "The government announced new tariffs on steel on Tuesday, which will take effect in March.", "en" },
    { "सरकार ने मंगलवार को इस्पात पर नए शुल्कों की घोषणा की, जो मार्च से लागू होंगे।", "hi" },
    { "وأعلنت الحكومة يوم الثلاثاء عن رسوم جمركية جديدة على الصلب.", "ar" },
    /* Too short to tell, and a list of names: no guess */
    { "Brüssel", NULL },
    { "Markus Lindner, Ajay Verma, Marco Rubio, Narendra Modi", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (plx_language_detect (cases[i].text, -1), ==, cases[i].language);
}

/* Neither corpus says its language: the loader finds it. */
static void
test_detect_corpus (void)
{
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (german.corpus)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (hindi.corpus)), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_assert_cmpstr (plx_article_get_language (plx_corpus_get_article (german.corpus, i)), ==, "de");
      g_assert_cmpstr (plx_article_get_language (plx_corpus_get_article (hindi.corpus, i)), ==, "hi");
    }
}

static void
test_majority (void)
{
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();

  g_assert_null (plx_language_majority (codes));
  g_ptr_array_add (codes, NULL);
  g_assert_null (plx_language_majority (codes));
  g_ptr_array_add (codes, (gpointer) "de");
  g_ptr_array_add (codes, (gpointer) "en");
  g_ptr_array_add (codes, (gpointer) "de");
  g_assert_cmpstr (plx_language_majority (codes), ==, "de");
}

/* ---- The German story --------------------------------------------- */

static void
test_german_rows (void)
{
  PlxRow *shared = row_of (&german, "rheinischer-bote", "Senkung der Zölle auf Stahl geeinigt");
  PlxRow *rate = row_of (&german, "rheinischer-bote", "sinkt demnach von 25 Prozent");
  PlxRow *signed_on = row_of (&german, "rheinischer-bote", "Die Vereinbarung wurde");

  g_assert_true (shared == row_of (&german, "berliner-tagesblatt", "Senkung der Zölle auf Stahl verständigt"));
  g_assert_true (shared == row_of (&german, "nordkurier-online", "Senkung der Zölle auf Stahl geeinigt"));
  g_assert_cmpint (plx_row_get_kind (shared), ==, PLX_ROW_IN_ALL);

  g_assert_true (rate == row_of (&german, "berliner-tagesblatt", "von 25 Prozent auf 12 Prozent"));
  g_assert_true (rate == row_of (&german, "nordkurier-online", "von 25 Prozent auf 10 Prozent"));
  g_assert_true (signed_on == row_of (&german, "berliner-tagesblatt", "Die Vereinbarung wurde"));
  g_assert_true (signed_on == row_of (&german, "nordkurier-online", "Die Vereinbarung wurde"));
  /* The quote, whose German quotation marks („…“) open low */
  g_assert_true (row_of (&german, "rheinischer-bote", "guter Tag")
                 == row_of (&german, "berliner-tagesblatt", "guter Tag"));

  /* One outlet only */
  g_assert_cmpint (plx_row_get_kind (row_of (&german, "berliner-tagesblatt", "Kritiker in Frankreich")),
                   ==, PLX_ROW_IN_ONE);
}

static void
test_german_number (void)
{
  const PlxDiscrepancy *discrepancy;

  discrepancy = find_discrepancy (&german, PLX_DIFF_CLASS_NUMBER, "berliner-tagesblatt", "12 Prozent");
  g_assert_nonnull (discrepancy);
  g_assert_cmpuint (discrepancy->row, ==,
                    plx_row_get_id (row_of (&german, "rheinischer-bote", "sinkt demnach")));
  g_assert_nonnull (strstr (mention_text (discrepancy, article_of (&german, "rheinischer-bote")), "10 Prozent"));
  g_assert_nonnull (strstr (mention_text (discrepancy, article_of (&german, "nordkurier-online")), "10 Prozent"));

  /* The ledger: 25 % is a tariff all three state; 10 % two, 12 % one */
  g_assert_cmpuint (ledger_outlets (&german, 25), ==, 3);
  g_assert_cmpuint (ledger_outlets (&german, 10), ==, 2);
  g_assert_cmpuint (ledger_outlets (&german, 12), ==, 1);
  g_assert_cmpuint (event_outlets (&german, "2026-01-13"), ==, 3);
}

/* ---- The Hindi story ---------------------------------------------- */

static void
test_hindi_rows (void)
{
  PlxRow *shared = row_of (&hindi, "bharat-samachar", "बड़ी कटौती पर सहमति");
  PlxRow *rate = row_of (&hindi, "bharat-samachar", "घटकर 10 प्रतिशत");

  g_assert_true (shared == row_of (&hindi, "dainik-prahari", "बड़ी कटौती पर सहमति"));
  g_assert_true (shared == row_of (&hindi, "lok-darpan", "भारी कटौती पर सहमति"));
  g_assert_cmpint (plx_row_get_kind (shared), ==, PLX_ROW_IN_ALL);

  g_assert_true (rate == row_of (&hindi, "dainik-prahari", "घटकर 12 प्रतिशत"));
  g_assert_true (rate == row_of (&hindi, "lok-darpan", "घटकर १० प्रतिशत"));
  g_assert_true (row_of (&hindi, "bharat-samachar", "13 जनवरी 2026")
                 == row_of (&hindi, "lok-darpan", "१३ जनवरी २०२६"));
  g_assert_cmpint (plx_row_get_kind (row_of (&hindi, "dainik-prahari", "उद्योग जगत")), ==, PLX_ROW_IN_ONE);
}

static void
test_hindi_discrepancies (void)
{
  const PlxDiscrepancy *number;
  const PlxDiscrepancy *quote;

  /* "१० प्रतिशत" in Devanagari digits agrees with "10 प्रतिशत": Lok
   * Darpan sides with Bharat Samachar (an outlet that agrees with the
   * row's reference is quoted in the reference's words) */
  number = find_discrepancy (&hindi, PLX_DIFF_CLASS_NUMBER, "dainik-prahari", "12 प्रतिशत");
  g_assert_nonnull (number);
  g_assert_nonnull (strstr (mention_text (number, article_of (&hindi, "bharat-samachar")), "10 प्रतिशत"));
  g_assert_nonnull (mention_text (number, article_of (&hindi, "lok-darpan")));
  g_assert_null (strstr (mention_text (number, article_of (&hindi, "lok-darpan")), "12"));

  quote = find_discrepancy (&hindi, PLX_DIFF_CLASS_QUOTE, "dainik-prahari", "मुक्त");
  g_assert_nonnull (quote);
  g_assert_nonnull (strstr (mention_text (quote, article_of (&hindi, "bharat-samachar")), "निष्पक्ष"));

  g_assert_cmpuint (ledger_outlets (&hindi, 25), ==, 3);
  g_assert_cmpuint (ledger_outlets (&hindi, 10), ==, 2);
  g_assert_cmpuint (ledger_outlets (&hindi, 12), ==, 1);
  g_assert_cmpuint (event_outlets (&hindi, "2026-01-13"), ==, 3);
}

/* ---- Dates -------------------------------------------------------- */

static void
assert_date (const char *sentence,
             const char *language,
             GDate      *anchor,
             const char *text,
             int         year,
             int         month,
             int         day)
{
  g_autoptr(GArray) mentions = plx_extract_dates (sentence, anchor, language);
  const PlxDateMention *mention;

  if (mentions->len != 1)
    g_error ("%s: %u dates", sentence, mentions->len);
  mention = &g_array_index (mentions, PlxDateMention, 0);
  g_assert_cmpstr (mention->text, ==, text);
  g_assert_cmpint (mention->year, ==, year);
  g_assert_cmpint (mention->month, ==, month);
  g_assert_cmpint (mention->day, ==, day);
}

static void
test_dates (void)
{
  g_autoptr(GDate) anchor = g_date_new_dmy (15, G_DATE_JANUARY, 2026);

  assert_date ("Der Vertrag wurde am 13. Januar 2026 unterzeichnet.", "de", NULL,
               "13. Januar 2026", 2026, 1, 13);
  assert_date ("Die Zölle gelten ab dem 1. März.", "de", anchor, "1. März", 2026, 3, 1);
  assert_date ("Am Dienstag, 13. Jan. 2026, trafen sie sich.", "de", NULL,
               "Am Dienstag, 13. Jan. 2026", 2026, 1, 13);
  assert_date ("समझौते पर 13 जनवरी 2026 को हस्ताक्षर किए गए।", "hi", NULL,
               "13 जनवरी 2026", 2026, 1, 13);
  assert_date ("समझौते पर १३ जनवरी २०२६ को हस्ताक्षर हुए।", "hi", NULL,
               "१३ जनवरी २०२६", 2026, 1, 13);
  assert_date ("बैठक 5 फरवरी को होगी।", "hi", anchor, "5 फरवरी", 2026, 2, 5);
  assert_date ("L'accord a été signé le 13 janvier 2026 à Bruxelles.", "fr", NULL,
               "13 janvier 2026", 2026, 1, 13);
  assert_date ("Les ministres se sont réunis mardi 13 janvier.", "fr", anchor,
               "mardi 13 janvier", 2026, 1, 13);
  assert_date ("Les droits entrent en vigueur le 1er mars.", "fr", anchor, "1er mars", 2026, 3, 1);
  assert_date ("El acuerdo se firmó el 13 de enero de 2026 en Bruselas.", "es", NULL,
               "13 de enero de 2026", 2026, 1, 13);
  assert_date ("Los ministros se reunieron el martes 13 de enero.", "es", anchor,
               "martes 13 de enero", 2026, 1, 13);
  /* Relative words, against the anchor (Thursday 15 January 2026) */
  assert_date ("Die Gespräche begannen gestern.", "de", anchor, "gestern", 2026, 1, 14);
  assert_date ("Les discussions ont commencé mardi dernier.", "fr", anchor, "mardi dernier", 2026, 1, 13);
  assert_date ("Las conversaciones empezaron ayer.", "es", anchor, "ayer", 2026, 1, 14);
  assert_date ("El acuerdo se negoció el año pasado.", "es", anchor, "año pasado", 2025, 0, 0);
  assert_date ("आज बैठक हुई।", "hi", anchor, "आज", 2026, 1, 15);
  /* A week is given at month precision: last week is 5 to 11 January */
  assert_date ("Die Gespräche begannen letzte Woche.", "de", anchor, "letzte Woche", 2026, 1, 0);
  assert_date ("पिछले सप्ताह बैठक हुई।", "hi", anchor, "पिछले सप्ताह", 2026, 1, 0);
  assert_date ("Les discussions ont commencé la semaine dernière.", "fr", anchor,
               "semaine dernière", 2026, 1, 0);
}

/* ---- Numbers, stop words, stems ----------------------------------- */

static const PlxToken *
number_token (GArray *tokens)
{
  for (guint i = 0; i < tokens->len; i++)
    if (g_array_index (tokens, PlxToken, i).kind == PLX_TOKEN_NUMBER)
      return &g_array_index (tokens, PlxToken, i);

  g_error ("no number");
  return NULL;
}

static void
assert_number (const char *text,
               const char *language,
               const char *norm)
{
  g_autoptr(GArray) tokens = plx_tokenize (text, -1, language);

  g_assert_cmpstr (number_token (tokens)->norm, ==, norm);
}

static void
test_numbers (void)
{
  assert_number ("Der Zoll beträgt 50 Prozent.", "de", "50%");
  assert_number ("Der Zoll beträgt 50 %.", "de", "50%");
  assert_number ("Le droit est de 50 pour cent.", "fr", "50%");
  assert_number ("Le droit est de 50\u202F%.", "fr", "50%");
  assert_number ("El arancel es del 50 por ciento.", "es", "50%");
  assert_number ("शुल्क 50 प्रतिशत है।", "hi", "50%");
  assert_number ("शुल्क ५० प्रतिशत है।", "hi", "50%");
  assert_number ("शुल्क 50 फ़ीसदी है।", "hi", "50%");
  /* Decimal commas, scales and currencies of each language */
  assert_number ("Ein Volumen von 2,5 Milliarden Euro.", "de", "2500000000 eur");
  assert_number ("Ein Volumen von 2,5 Mrd. Euro.", "de", "2500000000 eur");
  assert_number ("Un volume de 2,5 milliards d'euros.", "fr", "2500000000 eur");
  assert_number ("Un volume de 2,5 milliards de dollars.", "fr", "2500000000 usd");
  assert_number ("Un volumen de 2,5 millones de euros.", "es", "2500000 eur");
  assert_number ("Un volumen de 2.500 millones de euros.", "es", "2500000000 eur");
  assert_number ("Un volumen de 2,5 mil millones de dólares.", "es", "2500000000 usd");
  assert_number ("व्यापार 2.5 अरब डॉलर का है।", "hi", "2500000000 usd");
  assert_number ("व्यापार ₹500 करोड़ का है।", "hi", "5000000000 inr");
  /* A billion is a thousand million in English, a million million in
   * French and German */
  assert_number ("A deal worth 2 billion dollars.", "en", "2000000000 usd");
  assert_number ("Un accord de 2 billions d'euros.", "fr", "2000000000000 eur");
  /* French groups thousands with a narrow no-break space */
  assert_number ("Il y a 2\u202F500 emplois.", "fr", "2500");
  assert_number ("Il y a 2\u00A0500\u00A0000 emplois.", "fr", "2500000");
}

static const PlxToken *
find_token (GArray     *tokens,
            const char *text,
            const char *needle)
{
  const char *at = strstr (text, needle);

  g_assert_nonnull (at);
  for (guint i = 0; i < tokens->len; i++)
    if (g_array_index (tokens, PlxToken, i).start == (gsize) (at - text))
      return &g_array_index (tokens, PlxToken, i);

  g_error ("no token at “%s”", needle);
  return NULL;
}

static void
assert_same_stem (const char *language,
                  const char *a,
                  const char *b)
{
  g_autofree char *norm_a = plx_normalise_text (a, -1);
  g_autofree char *norm_b = plx_normalise_text (b, -1);
  g_autofree char *stem_a = plx_stem (norm_a, language);
  g_autofree char *stem_b = plx_stem (norm_b, language);

  g_assert_cmpstr (stem_a, ==, stem_b);
}

static void
test_words (void)
{
  const char *french = "L'accord qu'il a signé";
  g_autoptr(GArray) tokens = plx_tokenize (french, -1, "fr");
  const PlxToken *article = find_token (tokens, french, "L'");
  const PlxToken *accord = find_token (tokens, french, "accord");

  /* "L'accord" is "l" and "accord", as in "un accord" */
  g_assert_cmpstr (article->norm, ==, "l");
  g_assert_true (article->flags & PLX_TOKEN_FLAG_STOP);
  g_assert_cmpstr (accord->norm, ==, "accord");
  g_assert_false (accord->flags & PLX_TOKEN_FLAG_STOP);
  g_assert_true (find_token (tokens, french, "qu'")->flags & PLX_TOKEN_FLAG_STOP);

  g_assert_true (plx_is_stop_word ("und", "de"));
  g_assert_false (plx_is_stop_word ("stahl", "de"));
  g_assert_true (plx_is_stop_word ("los", "es"));
  g_assert_true (plx_is_stop_word ("été", "fr"));
  g_assert_true (plx_is_stop_word ("के", "hi"));
  g_assert_true (plx_is_stop_word ("उन्होंने", "hi"));
  /* Content words and numbers are not stop words */
  g_assert_false (plx_is_stop_word ("घर", "hi"));
  g_assert_false (plx_is_stop_word ("दो", "hi"));

  assert_same_stem ("de", "Zölle", "Zöllen");
  assert_same_stem ("de", "Zoll", "Zölle");
  assert_same_stem ("fr", "annoncée", "annoncés");
  assert_same_stem ("fr", "internationaux", "international");
  assert_same_stem ("es", "aranceles", "arancel");
  assert_same_stem ("es", "ministra", "ministros");
  /* Hindi's light stemmer (Ramanathan and Rao): "duties", "duty" */
  assert_same_stem ("hi", "शुल्कों", "शुल्क");
  assert_same_stem ("hi", "लड़के", "लड़कों");
}

/* ---- Sentences ---------------------------------------------------- */

static void
assert_sentences (const char *text,
                  const char *language,
                  guint       n)
{
  g_autoptr(GArray) spans = plx_segment_text (text, strlen (text), language);

  if (spans->len != n)
    {
      for (guint i = 0; i < spans->len; i++)
        {
          const PlxSpan *span = &g_array_index (spans, PlxSpan, i);

          g_printerr ("  [%.*s]\n", (int) (span->end - span->start), text + span->start);
        }
      g_error ("%s: %u sentences, not %u", text, spans->len, n);
    }
}

static void
test_segment (void)
{
  assert_sentences ("Finanzminister Dr. Klaus Weber sagte das am 13. Januar. Die Kosten liegen bei ca. 2,5 Mrd. Euro, d. h. mehr als erwartet.", "de", 2);
  assert_sentences ("Selon l’art. 4 du traité, M. Dupont a signé. Mme Martin n’a pas répondu.", "fr", 2);
  assert_sentences ("EE. UU. respondió al día siguiente. El Sr. García no dijo nada. ¿Qué pasará ahora?", "es", 3);
  assert_sentences ("वित्त मंत्री डॉ. राजेश कुमार ने कहा कि शुल्क घटेंगे। विदेश मंत्री एस. जयशंकर ने बात की। क्या यह सही है?", "hi", 3);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  story_load (&german, "corpus-de");
  story_load (&hindi, "corpus-hi");

  g_test_add_func ("/languages/detect/texts", test_detect);
  g_test_add_func ("/languages/detect/corpus", test_detect_corpus);
  g_test_add_func ("/languages/detect/majority", test_majority);
  g_test_add_func ("/languages/german/shared-rows", test_german_rows);
  g_test_add_func ("/languages/german/changed-number", test_german_number);
  g_test_add_func ("/languages/hindi/shared-rows", test_hindi_rows);
  g_test_add_func ("/languages/hindi/discrepancies", test_hindi_discrepancies);
  g_test_add_func ("/languages/dates", test_dates);
  g_test_add_func ("/languages/numbers", test_numbers);
  g_test_add_func ("/languages/words", test_words);
  g_test_add_func ("/languages/sentences", test_segment);

  status = g_test_run ();

  story_clear (&german);
  story_clear (&hindi);

  return status;
}
