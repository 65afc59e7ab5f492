/* test-segmenter.c: splitting text into sentences
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "plx-test-util.h"

/* What every list of sentence spans must be, whatever the text: in
 * order, not overlapping, inside the text, on character boundaries,
 * trimmed, and never across a line break. */
static void
check_spans (const char *text,
             gsize       length,
             GArray     *spans)
{
  gsize previous_end = 0;

  for (guint i = 0; i < spans->len; i++)
    {
      const PlxSpan *span = &g_array_index (spans, PlxSpan, i);
      const char *first;
      const char *last;

      g_assert_cmpuint (span->start, <, span->end);
      g_assert_cmpuint (span->end, <=, length);
      g_assert_cmpuint (span->start, >=, previous_end);
      if (span->start >= span->end || span->end > length)
        return;
      previous_end = span->end;

      g_assert_true (g_utf8_validate (text + span->start, span->end - span->start, NULL));
      g_assert_null (memchr (text + span->start, '\n', span->end - span->start));
      g_assert_null (memchr (text + span->start, '\r', span->end - span->start));

      first = text + span->start;
      last = g_utf8_find_prev_char (text, text + span->end);
      g_assert_false (g_unichar_isspace (g_utf8_get_char (first)));
      g_assert_nonnull (last);
      if (last != NULL)
        g_assert_false (g_unichar_isspace (g_utf8_get_char (last)));
    }
}

static GStrv
spans_to_strv (const char *text,
               GArray     *spans)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  GStrv sentences;

  for (guint i = 0; i < spans->len; i++)
    {
      const PlxSpan *span = &g_array_index (spans, PlxSpan, i);
      g_autofree char *sentence = g_strndup (text + span->start, span->end - span->start);

      g_strv_builder_add (builder, sentence);
    }

  sentences = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);

  return sentences;
}

/* Segments @text and returns the text of each sentence, after checking
 * that the spans are well formed. */
static GStrv
segment (const char *text,
         const char *language)
{
  gsize length = strlen (text);
  g_autoptr(GArray) spans = plx_segment_text (text, length, language);

  check_spans (text, length, spans);

  return spans_to_strv (text, spans);
}

static void
assert_strv_equal (const char * const *actual,
                   const char * const *expected)
{
  guint n_actual = g_strv_length ((GStrv) actual);
  guint n_expected = g_strv_length ((GStrv) expected);

  for (guint i = 0; i < MIN (n_actual, n_expected); i++)
    g_assert_cmpstr (actual[i], ==, expected[i]);

  if (n_actual != n_expected)
    {
      g_autofree char *joined = g_strjoinv (" // ", (GStrv) actual);

      g_test_fail_printf ("expected %u sentences, got %u: %s", n_expected, n_actual, joined);
    }
}

static void
assert_sentences (const char         *text,
                  const char         *language,
                  const char * const *expected)
{
  g_auto(GStrv) sentences = segment (text, language);

  assert_strv_equal ((const char * const *) sentences, expected);
}

static void
test_simple (void)
{
  const char * const expected[] = {
    "The talks began on Tuesday.",
    "Both sides were hopeful.",
    "A deal may follow.",
    NULL
  };

  assert_sentences ("The talks began on Tuesday. Both sides were hopeful. A deal may follow.", "en", expected);
  /* The language is optional. */
  assert_sentences ("The talks began on Tuesday. Both sides were hopeful. A deal may follow.", NULL, expected);
}

static void
test_no_terminator (void)
{
  const char * const expected[] = { "Jaishankar-Rubio talks resume in Washington", NULL };

  assert_sentences ("Jaishankar-Rubio talks resume in Washington", "en", expected);
}

static void
test_title_abbreviation (void)
{
  const char * const expected[] = { "Mr. Smith went to Washington.", "He arrived.", NULL };

  assert_sentences ("Mr. Smith went to Washington. He arrived.", "en", expected);
}

static void
test_more_abbreviations (void)
{
  const char * const expected[] = {
    "Dr. Rao met Gov. Newsom and Sen. Warren at No. 10 Downing St. on Monday.",
    "They talked.",
    NULL
  };

  assert_sentences ("Dr. Rao met Gov. Newsom and Sen. Warren at No. 10 Downing St. on Monday. They talked.", "en", expected);
}

static void
test_initial (void)
{
  const char * const expected[] = { "External Affairs Minister S. Jaishankar met Rubio.", NULL };

  assert_sentences ("External Affairs Minister S. Jaishankar met Rubio.", "en", expected);
}

static void
test_two_initials (void)
{
  const char * const expected[] = { "The report by J. R. Mehta was published.", "It was read widely.", NULL };

  assert_sentences ("The report by J. R. Mehta was published. It was read widely.", "en", expected);
}

static void
test_dotted_acronym (void)
{
  const char * const expected[] = { "U.S. Secretary of State Marco Rubio spoke.", NULL };
  const char * const expected_uk[] = { "The U.K. and the E.U. signed.", "Markets rose.", NULL };

  assert_sentences ("U.S. Secretary of State Marco Rubio spoke.", "en", expected);
  assert_sentences ("The U.K. and the E.U. signed. Markets rose.", "en", expected_uk);
}

static void
test_decimal_amount (void)
{
  const char * const expected[] = { "The deal is worth $2.5 billion.", "It was signed.", NULL };

  assert_sentences ("The deal is worth $2.5 billion. It was signed.", "en", expected);
}

static void
test_per_cent (void)
{
  const char * const expected[] = {
    "Tariffs rose to 50 per cent.",
    "Exports fell 3.2 per cent in March.",
    "Imports grew 0.75%.",
    NULL
  };

  assert_sentences ("Tariffs rose to 50 per cent. Exports fell 3.2 per cent in March. Imports grew 0.75%.", "en", expected);
}

static void
test_sentence_starting_with_digit (void)
{
  const char * const expected[] = { "It was a hard year.", "2026 will be different.", NULL };

  assert_sentences ("It was a hard year. 2026 will be different.", "en", expected);
}

static void
test_month_abbreviation (void)
{
  const char * const expected[] = { "Talks resumed on Jan. 13 after a long pause.", "Both sides agreed.", NULL };
  const char * const expected_sept[] = { "The law took effect on Sept. 5, 2025, in all states.", NULL };

  assert_sentences ("Talks resumed on Jan. 13 after a long pause. Both sides agreed.", "en", expected);
  assert_sentences ("The law took effect on Sept. 5, 2025, in all states.", "en", expected_sept);
}

static void
test_currency_abbreviation (void)
{
  const char * const expected[] = { "The project will cost Rs. 500 crore.", "Work starts soon.", NULL };

  /* Indian outlets write rupee amounts so. */
  assert_sentences ("The project will cost Rs. 500 crore. Work starts soon.", "en", expected);
}

static void
test_question_exclamation (void)
{
  const char * const expected[] = {
    "Is the India-US impasse ending?",
    "Nobody knows!",
    "Talks continue.",
    NULL
  };

  assert_sentences ("Is the India-US impasse ending? Nobody knows! Talks continue.", "en", expected);
}

static void
test_repeated_terminators (void)
{
  const char * const expected[] = { "What?!", "He left!!", "Then silence.", NULL };

  assert_sentences ("What?! He left!! Then silence.", "en", expected);
}

static void
test_closing_quote (void)
{
  const char * const expected[] = { "He said “we are together.”", "Then he left.", NULL };
  const char * const expected_ascii[] = { "He said \"we are together.\"", "Then he left.", NULL };

  assert_sentences ("He said “we are together.” Then he left.", "en", expected);
  assert_sentences ("He said \"we are together.\" Then he left.", "en", expected_ascii);
}

static void
test_closing_bracket (void)
{
  const char * const expected_split[] = { "The vote was close.", "(The count took hours.)", "Results follow.", NULL };

  /* Two sentences; the bracket opens the second. */
  assert_sentences ("The vote was close. (The count took hours.) Results follow.", "en", expected_split);
}

static void
test_opening_quote (void)
{
  const char * const expected[] = { "He paused.", "“We are together,” he said.", NULL };

  assert_sentences ("He paused. “We are together,” he said.", "en", expected);
}

static void
test_question_in_quotes (void)
{
  const char * const expected[] = { "“Is it over?” he asked.", "Nobody answered.", NULL };

  /* Lower case after the quote: the sentence goes on. */
  assert_sentences ("“Is it over?” he asked. Nobody answered.", "en", expected);
}

static void
test_lowercase_continues (void)
{
  const char * const expected[] = { "Some goods, e.g. steel and aluminium, face tariffs.", "Others do not.", NULL };
  const char * const expected_pm[] = { "The meeting ended at 3 p.m. and everyone left.", NULL };
  const char * const expected_vs[] = { "It was India vs. Pakistan at the stadium.", NULL };

  assert_sentences ("Some goods, e.g. steel and aluminium, face tariffs. Others do not.", "en", expected);
  assert_sentences ("The meeting ended at 3 p.m. and everyone left.", "en", expected_pm);
  assert_sentences ("It was India vs. Pakistan at the stadium.", "en", expected_vs);
}

static void
test_no_space_after_stop (void)
{
  const char * const expected[] = { "See example.com/news.Then read on.", NULL };

  /* A full stop inside a word (a URL, a typo) does not end anything. */
  assert_sentences ("See example.com/news.Then read on.", "en", expected);
}

static void
test_lines_are_paragraphs (void)
{
  const char * const expected[] = {
    "Jaishankar-Rubio talks",
    "A sentence that is wrapped",
    "across two lines",
    "Another one.",
    "Done.",
    NULL
  };

  assert_sentences ("Jaishankar-Rubio talks\n\nA sentence that is wrapped\nacross two lines\n  Another one. Done.  \n",
                    "en", expected);
}

static void
test_crlf (void)
{
  const char * const expected[] = { "First line.", "Second line.", "Still second.", "Third", NULL };

  assert_sentences ("First line.\r\nSecond line. Still second.\r\n\r\nThird\r", "en", expected);
}

static void
test_table_row (void)
{
  const char * const expected[] = {
    "| Country | Tariff. Rate |",
    "| India | 50 per cent. Up from 25. |",
    "The table ends.",
    "Here.",
    NULL
  };

  assert_sentences ("| Country | Tariff. Rate |\n  | India | 50 per cent. Up from 25. |\nThe table ends. Here.", "en", expected);
}

static void
test_hindi_danda (void)
{
  const char * const expected[] = { "यह पहला वाक्य है।", "यह दूसरा है।", NULL };
  const char * const expected_double[] = { "पहला भाग॥", "दूसरा भाग।", NULL };

  assert_sentences ("यह पहला वाक्य है। यह दूसरा है।", "hi", expected);
  assert_sentences ("पहला भाग॥ दूसरा भाग।", "hi", expected_double);
}

static void
test_arabic_question (void)
{
  const char * const expected[] = { "هل انتهى المأزق؟", "لا أحد يعرف.", NULL };

  assert_sentences ("هل انتهى المأزق؟ لا أحد يعرف.", "ar", expected);
}

static void
test_urdu_full_stop (void)
{
  const char * const expected[] = { "یہ پہلا جملہ ہے۔", "یہ دوسرا ہے۔", NULL };

  assert_sentences ("یہ پہلا جملہ ہے۔ یہ دوسرا ہے۔", "ur", expected);
}

static void
test_cjk (void)
{
  const char * const expected[] = { "这是第一句。", "这是第二句。", NULL };
  const char * const expected_marks[] = { "你好！", "你是谁？", "我是记者。", NULL };
  const char * const expected_quote[] = { "他说：“我们在一起。”", "然后他离开了。", NULL };
  const char * const expected_ja[] = { "これは文です。", "これも文です。", NULL };

  assert_sentences ("这是第一句。这是第二句。", "zh", expected);
  assert_sentences ("你好！你是谁？我是记者。", "zh", expected_marks);
  assert_sentences ("他说：“我们在一起。”然后他离开了。", "zh", expected_quote);
  assert_sentences ("これは文です。これも文です。", "ja", expected_ja);
}

static void
test_ellipsis (void)
{
  const char * const expected[] = { "The talks… were they over?", "Nobody knew.", NULL };
  const char * const expected_dots[] = { "He waited... and waited.", "Then he left...", NULL };
  const char * const expected_capital[] = { "He paused…", "Then he spoke.", NULL };

  assert_sentences ("The talks… were they over? Nobody knew.", "en", expected);
  assert_sentences ("He waited... and waited. Then he left...", "en", expected_dots);
  assert_sentences ("He paused… Then he spoke.", "en", expected_capital);
}

static void
test_bullets (void)
{
  const char * const expected[] = { "Key points:", "• Tariffs rose.", "• Talks resumed.", NULL };

  assert_sentences ("Key points:\n• Tariffs rose. • Talks resumed.", "en", expected);
}

/* "Inc. The" and "U.S. Her" look the same as "Mr. Smith": an
 * abbreviation that can end a sentence ends it before a word that often
 * opens one, a title never does. */
static void
test_abbreviation_ends_sentence (void)
{
  const char * const expected[] = { "He works for Acme Inc.", "The firm makes anvils.", NULL };
  const char * const expected_co[] = { "They closed the deal with Pitt, Briggs & Co.", "It closed yesterday.", NULL };
  const char * const expected_name[] = { "Shares of Apple Inc. Chief Executive Tim Cook rose.", NULL };

  assert_sentences ("He works for Acme Inc. The firm makes anvils.", "en", expected);
  assert_sentences ("They closed the deal with Pitt, Briggs & Co. It closed yesterday.", "en", expected_co);
  assert_sentences ("Shares of Apple Inc. Chief Executive Tim Cook rose.", "en", expected_name);
}

static void
test_acronym_ends_sentence (void)
{
  const char * const expected[] = { "She moved to the U.S.", "Her family stayed.", NULL };
  const char * const expected_noun[] = { "I work for the U.S. Government in Virginia.", NULL };
  const char * const expected_title[] = { "The bill was backed by U.S. Sen. Elizabeth Warren.", NULL };

  assert_sentences ("She moved to the U.S. Her family stayed.", "en", expected);
  assert_sentences ("I work for the U.S. Government in Virginia.", "en", expected_noun);
  assert_sentences ("The bill was backed by U.S. Sen. Elizabeth Warren.", "en", expected_title);
}

static void
test_attribution_after_quote (void)
{
  const char * const expected[] = { "“We need more energy,” he said.", "Talks went on.", NULL };
  const char * const expected_split[] = { "“We need more energy.”", "He paused.", NULL };

  assert_sentences ("“We need more energy,” he said. Talks went on.", "en", expected);
  /* A sentence ending inside the quotation ends there. */
  assert_sentences ("“We need more energy.” He paused.", "en", expected_split);
}

static void
test_time_of_day (void)
{
  const char * const expected[] = { "The gunman entered the party about 4 p.m.", "Police locked down the street.", NULL };
  const char * const expected_day[] = { "The fire started about 9:40 p.m. Friday and spread.", NULL };
  const char * const expected_short[] = {
    "At 5 a.m. Mr. Smith went to the bank.",
    "He left the bank at 6 P.M.",
    "Mr. Smith then went to the store.",
    NULL
  };

  assert_sentences ("The gunman entered the party about 4 p.m. Police locked down the street.", "en", expected);
  assert_sentences ("The fire started about 9:40 p.m. Friday and spread.", "en", expected_day);
  /* "At 5 a.m." is too short to be a sentence. */
  assert_sentences ("At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.",
                    "en", expected_short);
}

static void
test_initial_or_pronoun (void)
{
  const char * const expected[] = { "We make a good team, you and I.", "Did you see Albert I. Jones yesterday?", NULL };

  assert_sentences ("We make a good team, you and I. Did you see Albert I. Jones yesterday?", "en", expected);
}

static void
test_lists_inside_a_line (void)
{
  const char * const numbered[] = { "1) The first item", "2) The second item", NULL };
  const char * const dotted[] = { "1. The first item.", "2. The second item.", NULL };
  const char * const lettered[] = { "a. The first item", "b. The second item", "c. The third item", NULL };
  const char * const bullets[] = { "• 9. The first item", "• 10. The second item", NULL };
  const char * const not_a_list[] = { "Die Wahl ist am 1. März und die Zählung am 2. April.", NULL };

  assert_sentences ("1) The first item 2) The second item", "en", numbered);
  assert_sentences ("1. The first item. 2. The second item.", "en", dotted);
  assert_sentences ("a. The first item b. The second item c. The third item", "en", lettered);
  assert_sentences ("• 9. The first item • 10. The second item", "en", bullets);
  /* Numbers out of order, or not at the start of a sentence, are no list. */
  assert_sentences ("Die Wahl ist am 1. März und die Zählung am 2. April.", "de", not_a_list);
}

static void
test_spaced_ellipsis (void)
{
  const char * const pause[] = { "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.", NULL };
  const char * const four[] = { "It ended with a period . . . .", "Next sentence.", NULL };
  const char * const after_stop[] = { "It was weakened . . . was that of compounds.", ". . . The practice was not abandoned. . . .", NULL };
  const char * const elision[] = { "\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55).", NULL };
  const char * const opening[] = { "81 procent van de schoten was raak.", "...en toen barste de hel los.", NULL };

  assert_sentences ("I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
                    "en", pause);
  assert_sentences ("It ended with a period . . . . Next sentence.", "en", four);
  assert_sentences ("It was weakened . . . was that of compounds. . . . The practice was not abandoned. . . .", "en", after_stop);
  assert_sentences ("\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55).", "en", elision);
  assert_sentences ("81 procent van de schoten was raak. ...en toen barste de hel los.", "nl", opening);
}

static void
test_glued_sentences (void)
{
  const char * const expected[] = { "Hello world.", "Today is Tuesday.", "Mr. Smith bought 1,000.", "That is a lot.", NULL };
  const char * const addresses[] = { "Her email is Jane.Doe@example.com.", "I sent her an email.", NULL };

  assert_sentences ("Hello world.Today is Tuesday.Mr. Smith bought 1,000.That is a lot.", "en", expected);
  assert_sentences ("Her email is Jane.Doe@example.com. I sent her an email.", "en", addresses);
}

/* Text rebuilt from tokens, as some corpora are: quotation marks and
 * decimal points stand apart. */
static void
test_tokenised_text (void)
{
  const char * const quotes[] = { "He said: \" It is over. \"", "White said nothing.", NULL };
  const char * const single[] = { "She screamed, ' Stop. '", "They ran.", NULL };
  const char * const decimals[] = { "The quake measured magnitude 5. 9 and hit at 9. 25 a. m. on Thursday.", NULL };
  const char * const spaced[] = { "He led the F. B. I. inquiry in Washington.", NULL };

  assert_sentences ("He said: \" It is over. \" White said nothing.", "en", quotes);
  assert_sentences ("She screamed, ' Stop. ' They ran.", "en", single);
  assert_sentences ("The quake measured magnitude 5. 9 and hit at 9. 25 a. m. on Thursday.", "en", decimals);
  assert_sentences ("He led the F. B. I. inquiry in Washington.", "en", spaced);
}

static void
test_dash_attribution (void)
{
  const char * const question[] = { "Бірақ оның енді не керегі бар? — деді.", NULL };
  const char * const dialogue[] = { "Hello!", "— Who is there?", NULL };

  /* A dash before a word in lower case says who spoke. */
  assert_sentences ("Бірақ оның енді не керегі бар? — деді.", "kk", question);
  assert_sentences ("Hello! — Who is there?", "en", dialogue);
}

static void
test_german (void)
{
  const char * const ordinal[] = { "Was sind die Konsequenzen der Abstimmung vom 12. Juni?", NULL };
  const char * const number[] = { "Die Information steht auf Seite 12.", "Dort kannst du nachlesen.", NULL };
  const char * const quote[] = { "Sie flüsterte: „Und auch keine Lust.“", "Wir haben 1.000.000 Euro.", NULL };
  const char * const abbreviation[] = { "Es gibt z. B. Gemüse.", "Das ist gut.", NULL };

  assert_sentences ("Was sind die Konsequenzen der Abstimmung vom 12. Juni?", "de", ordinal);
  assert_sentences ("Die Information steht auf Seite 12. Dort kannst du nachlesen.", "de", number);
  assert_sentences ("Sie flüsterte: „Und auch keine Lust.“ Wir haben 1.000.000 Euro.", "de", quote);
  assert_sentences ("Es gibt z. B. Gemüse. Das ist gut.", "de", abbreviation);
}

static void
test_language_terminators (void)
{
  const char * const arabic_colon[] = { "سؤال وجواب:", "ماذا حدث؟", NULL };
  const char * const arabic_list[] = { "علاج ضغط الدم، والقلب،", "زرعها عملاء الموساد", NULL };
  const char * const armenian[] = { "Ի՞նչ ես մտածում:", "Ոչինչ:", NULL };
  const char * const greek[] = { "Με συγχωρείτε· πού είναι οι τουαλέτες;", "Τις Κυριακές δε δούλευε κανένας.", NULL };
  const char * const english[] = { "Note: this is one sentence; so is this, in English.", NULL };

  assert_sentences ("سؤال وجواب: ماذا حدث؟", "ar", arabic_colon);
  /* A comma before one word and another comma separates list items. */
  assert_sentences ("علاج ضغط الدم، والقلب، زرعها عملاء الموساد", "ar", arabic_list);
  assert_sentences ("Ի՞նչ ես մտածում: Ոչինչ:", "hy", armenian);
  assert_sentences ("Με συγχωρείτε· πού είναι οι τουαλέτες; Τις Κυριακές δε δούλευε κανένας.", "el", greek);
  assert_sentences ("Note: this is one sentence; so is this, in English.", "en", english);
}

static void
test_scripts_without_spaces (void)
{
  const char * const myanmar[] = { "ခင္ဗ်ားနာမည္ဘယ္လိုေခၚလဲ။", "၇ွင္ေနေကာင္းလား။", NULL };
  const char * const amharic[] = { "እንደምን አለህ፧", "መልካም ቀን ይሁንልህ።", NULL };
  const char * const arabic_abbreviation[] = { "وقال د\u202a.\u202c ديفيد ريدي إنها كانت تعاني.", "وليس معروفا.", NULL };

  assert_sentences ("ခင္ဗ်ားနာမည္ဘယ္လိုေခၚလဲ။၇ွင္ေနေကာင္းလား။", "my", myanmar);
  assert_sentences ("እንደምን አለህ፧መልካም ቀን ይሁንልህ።", "am", amharic);
  /* A letter alone before a full stop abbreviates a word, even behind
   * directional marks. */
  assert_sentences ("وقال د\u202a.\u202c ديفيد ريدي إنها كانت تعاني. وليس معروفا.", "ar", arabic_abbreviation);
}

static void
test_language_codes (void)
{
  const char * const expected[] = { "Die Information steht auf Seite 12.", "Dort kannst du nachlesen.", NULL };
  const char *codes[] = { "de", "DE", "de-CH", "de_DE.UTF-8" };
  const char * const plain[] = { "It rose 12.", "Dort it stopped.", NULL };

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    assert_sentences ("Die Information steht auf Seite 12. Dort kannst du nachlesen.", codes[i], expected);

  /* Unknown codes get the rules of every language. */
  assert_sentences ("It rose 12. Dort it stopped.", "xx", plain);
  assert_sentences ("It rose 12. Dort it stopped.", "", plain);
}

/* Segments @text as whole paragraphs and returns each sentence's text
 * with its lines joined. */
static GStrv
segment_paragraphs (const char *text,
                    const char *language)
{
  gsize length = strlen (text);
  g_autoptr(GArray) spans = plx_segment_paragraphs (text, length, language);
  GStrvBuilder *builder = g_strv_builder_new ();
  GStrv sentences;

  for (guint i = 0; i < spans->len; i++)
    {
      const PlxSpan *span = &g_array_index (spans, PlxSpan, i);
      g_autofree char *sentence = plx_span_dup_text (text, span);

      g_assert_cmpuint (span->start, <, span->end);
      g_assert_cmpuint (span->end, <=, length);
      g_strv_builder_add (builder, sentence);
    }

  sentences = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);

  return sentences;
}

static void
assert_paragraph_sentences (const char         *text,
                            const char         *language,
                            const char * const *expected)
{
  g_auto(GStrv) sentences = segment_paragraphs (text, language);

  assert_strv_equal ((const char * const *) sentences, expected);
}

static void
test_paragraphs_wrapped (void)
{
  const char * const wrapped[] = { "It was a cold night in the city.", "Nobody came.", NULL };
  const char * const pdf[] = { "This is a sentence cut off in the middle because pdf.", NULL };
  const char * const three[] = { "A sentence that is wrapped over three lines ends here.", NULL };

  assert_paragraph_sentences ("It was a cold \nnight in the city. Nobody came.", "en", wrapped);
  assert_paragraph_sentences ("This is a sentence\ncut off in the middle because pdf.", "en", pdf);
  assert_paragraph_sentences ("A sentence that is wrapped\nover three\nlines ends here.", "en", three);
}

static void
test_paragraphs_kept (void)
{
  const char * const list[] = { "features", "contact manager", "events, activities", NULL };
  const char * const headline[] = { "Talks resume in Washington", "The ministers met on Tuesday.", NULL };
  const char * const blank[] = { "It was a cold", "night in the city.", NULL };
  const char * const table[] = { "| Area | Demand", "| tariffs | quotas |", NULL };
  const char * const ended[] = { "The talks ended.", "then the ministers left.", NULL };

  /* Lines that start in lower case and end without a terminator are a list. */
  assert_paragraph_sentences ("features\ncontact manager\nevents, activities\n", "en", list);
  assert_paragraph_sentences ("Talks resume in Washington\nThe ministers met on Tuesday.", "en", headline);
  assert_paragraph_sentences ("It was a cold\n\nnight in the city.", "en", blank);
  assert_paragraph_sentences ("| Area | Demand\n| tariffs | quotas |", "en", table);
  assert_paragraph_sentences ("The talks ended.\nthen the ministers left.", "en", ended);
}

static void
test_paragraphs_cjk (void)
{
  const char * const expected[] = { "これは父の家です。", "それはペンです。", NULL };

  /* No space where a line break cut a word of a script without spaces. */
  assert_paragraph_sentences ("これは父の\n家です。それはペンです。", "ja", expected);
}

static void
test_span_dup_text (void)
{
  const char *text = "  One line,\r\n  wrapped \n\nhere.";
  PlxSpan whole = { 2, strlen (text) };
  PlxSpan first = { 2, 11 };
  g_autofree char *joined = plx_span_dup_text (text, &whole);
  g_autofree char *plain = plx_span_dup_text (text, &first);

  /* Line breaks and the space around them become one space; other
   * spacing stays as it is. */
  g_assert_cmpstr (joined, ==, "One line, wrapped here.");
  g_assert_cmpstr (plain, ==, "One line,");
}

/* ---- the Golden Rules ------------------------------------------------ */

/* Cases the segmenter gets wrong on purpose, and why. */
static const struct
{
  const char *language;
  gint64      id;
  const char *reason;
} known_failures[] = {
  { "el", 1, "“κανένας. το κόστος”: a full stop before a word in lower case is taken for an "
             "abbreviation's, as it nearly always is in news text" },
};

static const char *
known_failure (const char *language,
               gint64      id)
{
  for (guint i = 0; i < G_N_ELEMENTS (known_failures); i++)
    {
      if (g_str_equal (known_failures[i].language, language) && known_failures[i].id == id)
        return known_failures[i].reason;
    }

  return NULL;
}

/* Does the case pass? The sentences are compared stripped, as the
 * published scores compare them. */
static gboolean
golden_rule_passes (JsonObject *rule)
{
  const char *language = json_object_get_string_member (rule, "lang");
  g_auto(GStrv) sentences = segment_paragraphs (json_object_get_string_member (rule, "text"), language);
  JsonArray *expected = json_object_get_array_member (rule, "expected");

  if (g_strv_length (sentences) != json_array_get_length (expected))
    return FALSE;

  for (guint i = 0; sentences[i] != NULL; i++)
    {
      g_autofree char *want = g_strstrip (g_strdup (json_array_get_string_element (expected, i)));

      if (!g_str_equal (g_strstrip (sentences[i]), want))
        return FALSE;
    }

  return TRUE;
}

static void
run_golden_rules (const char *name)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "segmentation", name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_cases = 0;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *rule;
      const char *language;
      gint64 id;
      const char *reason;

      if (*lines[i] == '\0')
        continue;
      json_parser_load_from_data (parser, lines[i], -1, &error);
      g_assert_no_error (error);
      rule = json_node_get_object (json_parser_get_root (parser));
      language = json_object_get_string_member (rule, "lang");
      id = json_object_get_int_member (rule, "id");
      reason = known_failure (language, id);
      n_cases++;

      if (golden_rule_passes (rule))
        {
          if (reason != NULL)
            g_test_fail_printf ("%s #%" G_GINT64_FORMAT " passes now: take it off the known failures",
                                language, id);
        }
      else if (reason != NULL)
        g_test_message ("known failure %s #%" G_GINT64_FORMAT ": %s", language, id, reason);
      else
        g_test_fail_printf ("%s #%" G_GINT64_FORMAT " fails: %s", language, id,
                            json_object_get_string_member (rule, "text"));
    }

  g_assert_cmpuint (n_cases, >, 0);
}

static void
test_golden_rules_english (void)
{
  run_golden_rules ("golden-rules-en.jsonl");
}

static void
test_golden_rules_other_languages (void)
{
  run_golden_rules ("golden-rules-other.jsonl");
}

/* ---- parallax-cli segment -------------------------------------------- */

static int
run_segment (const char * const *args,
             const char         *input,
             char              **out,
             char              **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (argv, (gpointer) PARALLAX_CLI);
  g_ptr_array_add (argv, (gpointer) "segment");
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                               G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, input, NULL, out, err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));

  return g_subprocess_get_exit_status (process);
}

static void
test_cli_segment (void)
{
  g_autofree char *dir = plx_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "story.txt", NULL);
  const char *json_args[] = { "--lang=en", "--format=json", path, NULL };
  const char *lines_args[] = { "-", NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  JsonArray *array;

  plx_test_write_file (dir, "story.txt", "Talks resume\n\nIt was a cold\nnight. Mr. Smith left.\n", -1);

  g_assert_cmpint (run_segment (json_args, NULL, &out, &err), ==, 0);
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, 3);
  g_assert_cmpstr (json_array_get_string_element (array, 1), ==, "It was a cold night.");
  g_assert_cmpstr (json_array_get_string_element (array, 2), ==, "Mr. Smith left.");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Standard input, one sentence a line by default. */
  g_assert_cmpint (run_segment (lines_args, "One. Two!", &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "One.\nTwo!\n");
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Nothing but white space: no sentence, no error. */
  plx_test_write_file (dir, "story.txt", " \n", -1);
  g_assert_cmpint (run_segment (json_args, NULL, &out, &err), ==, 0);
  g_assert_cmpstr (g_strstrip (out), ==, "[]");

  plx_test_remove_tree (dir);
}

static void
test_cli_segment_errors (void)
{
  const char *missing[] = { "/nonexistent/story.txt", NULL };
  const char *bad_format[] = { "--format=xml", "-", NULL };
  const char *no_file[] = { NULL };
  const char *two_files[] = { "a.txt", "b.txt", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  /* The file is named on standard error. */
  g_assert_cmpint (run_segment (missing, NULL, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "/nonexistent/story.txt"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_segment (bad_format, "", &out, &err), ==, 2);
  g_assert_nonnull (strstr (err, "xml"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_segment (no_file, NULL, &out, &err), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_segment (two_files, NULL, &out, &err), ==, 2);
}

/* Inputs built to make a careless rule look far back or ahead at every
 * character: each must still come out whole. */
static void
test_long_patterns (void)
{
  const char *patterns[] = {
    "U.S. The ", "A. ", ". \" ", "... ", ". . . . ", "1. The 2. The ", "• x ",
    "a.Bc", "I. Did ", "kim? ne ", "这是第一句。", "It was a cold\nnight and ",
  };

  for (guint i = 0; i < G_N_ELEMENTS (patterns); i++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GArray) spans = NULL;
      g_autoptr(GArray) paragraphs = NULL;

      while (text->len < 1024 * 1024)
        g_string_append (text, patterns[i]);

      spans = plx_segment_text (text->str, text->len, "en");
      check_spans (text->str, text->len, spans);
      paragraphs = plx_segment_paragraphs (text->str, text->len, "en");
      g_assert_cmpuint (paragraphs->len, >, 0);
    }
}

static void
test_offsets (void)
{
  const char *text = "  First one.   Second one!  \n\n\t“Third?”  Fourth…\r\n\xc2\xa0" "Fifth.\xc2\xa0\n";
  const char * const expected[] = { "First one.", "Second one!", "“Third?”", "Fourth…", "Fifth.", NULL };
  g_autoptr(GArray) spans = plx_segment_text (text, strlen (text), "en");
  g_auto(GStrv) sentences = NULL;

  check_spans (text, strlen (text), spans);
  sentences = spans_to_strv (text, spans);
  assert_strv_equal ((const char * const *) sentences, expected);

  /* The spans are byte offsets into the text as given. */
  g_assert_cmpuint (spans->len, ==, 5);
  if (spans->len == 5)
    {
      g_assert_cmpuint (g_array_index (spans, PlxSpan, 0).start, ==, 2);
      g_assert_cmpuint (g_array_index (spans, PlxSpan, 0).end, ==, 12);
      g_assert_cmpuint (g_array_index (spans, PlxSpan, 1).start, ==, 15);
      g_assert_cmpuint (g_array_index (spans, PlxSpan, 4).end, ==, strlen (text) - 3);
    }
}

static void
test_empty (void)
{
  const char * const none[] = { NULL };
  const char *inputs[] = { "", " ", "   \t  ", "\n", "\r\n\r\n", " \n \n\t\n", "\xc2\xa0\xe2\x80\x83" };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    assert_sentences (inputs[i], "en", none);
}

static void
test_empty_length (void)
{
  g_autoptr(GArray) spans = plx_segment_text ("Not looked at.", 0, "en");
  g_autoptr(GArray) lines = plx_split_lines ("Not looked at.", 0);

  g_assert_cmpuint (spans->len, ==, 0);
  g_assert_cmpuint (lines->len, ==, 0);
}

static void
test_length_respected (void)
{
  const char *text = "One. Two. Three.";
  const char * const expected[] = { "One.", "Two.", NULL };
  g_autoptr(GArray) spans = plx_segment_text (text, 9, "en");
  g_auto(GStrv) sentences = NULL;

  check_spans (text, 9, spans);
  sentences = spans_to_strv (text, spans);
  assert_strv_equal ((const char * const *) sentences, expected);
}

static void
test_segment_span (void)
{
  const char *text = "Before. | Inside one. Inside two!  | After.";
  const char * const expected[] = { "Inside one.", "Inside two!", NULL };
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (PlxSpan));
  PlxSpan existing = { 0, 7 };
  g_autoptr(GArray) tail = NULL;
  g_auto(GStrv) sentences = NULL;

  /* It appends to what the array already holds, with offsets into the
   * whole text. */
  g_array_append_val (spans, existing);
  plx_segment_span (text, 9, 34, "en", spans);
  g_assert_cmpuint (spans->len, ==, 3);
  g_array_remove_index (spans, 0);
  check_spans (text, strlen (text), spans);
  sentences = spans_to_strv (text, spans);
  assert_strv_equal ((const char * const *) sentences, expected);
  g_assert_cmpuint (g_array_index (spans, PlxSpan, 0).start, ==, 10);

  /* An empty or blank stretch gives nothing. */
  tail = g_array_new (FALSE, FALSE, sizeof (PlxSpan));
  plx_segment_span (text, 5, 5, "en", tail);
  plx_segment_span (text, 7, 8, "en", tail);
  g_assert_cmpuint (tail->len, ==, 0);
}

static void
assert_lines (const char         *text,
              const char * const *expected)
{
  g_autoptr(GArray) lines = plx_split_lines (text, strlen (text));
  g_auto(GStrv) actual = spans_to_strv (text, lines);

  assert_strv_equal ((const char * const *) actual, expected);
}

static void
test_split_lines (void)
{
  const char * const mixed[] = { "a", "b", "c", "d", NULL };
  const char * const blank[] = { "First", "", "  Second  ", NULL };
  const char * const one_empty[] = { "", NULL };
  const char * const blank_crlf[] = { "x", "", "y", NULL };
  const char * const none[] = { NULL };

  /* LF, CRLF and CR all end a line; a CRLF is one break, not two. */
  assert_lines ("a\nb\r\nc\rd", mixed);
  /* Blank lines are kept (they separate paragraphs), the final line
   * break makes no extra line, and lines are not trimmed. */
  assert_lines ("First\n\n  Second  \n", blank);
  assert_lines ("\n", one_empty);
  assert_lines ("x\r\n\r\ny", blank_crlf);
  assert_lines ("", none);
}

static void
test_split_lines_offsets (void)
{
  const char *text = "Zürich\r\nदिल्ली\n";
  g_autoptr(GArray) lines = plx_split_lines (text, strlen (text));

  g_assert_cmpuint (lines->len, ==, 2);
  if (lines->len != 2)
    return;
  g_assert_cmpuint (g_array_index (lines, PlxSpan, 0).start, ==, 0);
  g_assert_cmpuint (g_array_index (lines, PlxSpan, 0).end, ==, strlen ("Zürich"));
  g_assert_cmpuint (g_array_index (lines, PlxSpan, 1).start, ==, strlen ("Zürich\r\n"));
  g_assert_cmpuint (g_array_index (lines, PlxSpan, 1).end, ==, strlen (text) - 1);
}

static void
test_span_trim (void)
{
  const char *text = "xx \t\xc2\xa0Hi there\xe2\x80\x83 \r yy";
  PlxSpan span = { 2, strlen (text) - 3 };
  PlxSpan blank = { 2, 6 };
  PlxSpan nbsp_only = { 4, 6 };
  PlxSpan already = { 0, 2 };

  /* ASCII and Unicode spaces (no-break, em space) both go. */
  plx_span_trim (text, &span);
  g_assert_cmpuint (span.start, ==, 6);
  g_assert_cmpuint (span.end, ==, 6 + strlen ("Hi there"));

  /* A blank span trims to nothing, at a position inside it. */
  plx_span_trim (text, &blank);
  g_assert_cmpuint (blank.start, ==, blank.end);
  g_assert_cmpuint (blank.start, >=, 2);
  g_assert_cmpuint (blank.end, <=, 6);

  plx_span_trim (text, &nbsp_only);
  g_assert_cmpuint (nbsp_only.start, ==, nbsp_only.end);

  plx_span_trim (text, &already);
  g_assert_cmpuint (already.start, ==, 0);
  g_assert_cmpuint (already.end, ==, 2);
}

/* About 2 MB of news-like text, with every trap above in it. */
static void
test_long_input (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) spans = NULL;
  guint n_expected = 0;
  gsize previous_end = 0;

  for (guint i = 0; text->len < 2 * 1024 * 1024; i++)
    {
      /* Two sentences... */
      g_string_append_printf (text, "Sentence %u says Mr. Smith paid $2.5 billion for 50 per cent. ", i);
      g_string_append (text, "“Is it over?” he asked on Jan. 13. ");
      n_expected += 2;
      /* ...and now and then a table row, one more. */
      if (i % 10 == 9)
        {
          g_string_append (text, "\r\n| a | b. C |\n\n");
          n_expected++;
        }
    }

  spans = plx_segment_text (text->str, text->len, "en");
  g_assert_cmpuint (spans->len, ==, n_expected);

  for (guint i = 0; i < spans->len; i++)
    {
      const PlxSpan *span = &g_array_index (spans, PlxSpan, i);

      g_assert_cmpuint (span->start, >=, previous_end);
      g_assert_cmpuint (span->end, >, span->start);
      previous_end = span->end;
    }
  g_assert_cmpuint (previous_end, <=, text->len);
  check_spans (text->str, text->len, spans);
}

static void
test_long_line (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) spans = NULL;

  /* One 2 MB paragraph without a single terminator. */
  while (text->len < 2 * 1024 * 1024)
    g_string_append (text, "and the talks went on ");

  spans = plx_segment_text (text->str, text->len, "en");
  g_assert_cmpuint (spans->len, ==, 1);
  check_spans (text->str, text->len, spans);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* Known bugs stay as failing tests; let them not hide the others. */
  g_test_set_nonfatal_assertions ();

  g_test_add_func ("/segmenter/simple", test_simple);
  g_test_add_func ("/segmenter/no-terminator", test_no_terminator);
  g_test_add_func ("/segmenter/title-abbreviation", test_title_abbreviation);
  g_test_add_func ("/segmenter/more-abbreviations", test_more_abbreviations);
  g_test_add_func ("/segmenter/initial", test_initial);
  g_test_add_func ("/segmenter/two-initials", test_two_initials);
  g_test_add_func ("/segmenter/dotted-acronym", test_dotted_acronym);
  g_test_add_func ("/segmenter/decimal-amount", test_decimal_amount);
  g_test_add_func ("/segmenter/per-cent", test_per_cent);
  g_test_add_func ("/segmenter/sentence-starting-with-digit", test_sentence_starting_with_digit);
  g_test_add_func ("/segmenter/month-abbreviation", test_month_abbreviation);
  g_test_add_func ("/segmenter/currency-abbreviation", test_currency_abbreviation);
  g_test_add_func ("/segmenter/question-exclamation", test_question_exclamation);
  g_test_add_func ("/segmenter/repeated-terminators", test_repeated_terminators);
  g_test_add_func ("/segmenter/closing-quote", test_closing_quote);
  g_test_add_func ("/segmenter/closing-bracket", test_closing_bracket);
  g_test_add_func ("/segmenter/opening-quote", test_opening_quote);
  g_test_add_func ("/segmenter/question-in-quotes", test_question_in_quotes);
  g_test_add_func ("/segmenter/lowercase-continues", test_lowercase_continues);
  g_test_add_func ("/segmenter/no-space-after-stop", test_no_space_after_stop);
  g_test_add_func ("/segmenter/lines-are-paragraphs", test_lines_are_paragraphs);
  g_test_add_func ("/segmenter/crlf", test_crlf);
  g_test_add_func ("/segmenter/table-row", test_table_row);
  g_test_add_func ("/segmenter/hindi-danda", test_hindi_danda);
  g_test_add_func ("/segmenter/arabic-question", test_arabic_question);
  g_test_add_func ("/segmenter/urdu-full-stop", test_urdu_full_stop);
  g_test_add_func ("/segmenter/cjk", test_cjk);
  g_test_add_func ("/segmenter/ellipsis", test_ellipsis);
  g_test_add_func ("/segmenter/bullets", test_bullets);
  g_test_add_func ("/segmenter/abbreviation-ends-sentence", test_abbreviation_ends_sentence);
  g_test_add_func ("/segmenter/acronym-ends-sentence", test_acronym_ends_sentence);
  g_test_add_func ("/segmenter/attribution-after-quote", test_attribution_after_quote);
  g_test_add_func ("/segmenter/time-of-day", test_time_of_day);
  g_test_add_func ("/segmenter/initial-or-pronoun", test_initial_or_pronoun);
  g_test_add_func ("/segmenter/lists-inside-a-line", test_lists_inside_a_line);
  g_test_add_func ("/segmenter/spaced-ellipsis", test_spaced_ellipsis);
  g_test_add_func ("/segmenter/glued-sentences", test_glued_sentences);
  g_test_add_func ("/segmenter/tokenised-text", test_tokenised_text);
  g_test_add_func ("/segmenter/dash-attribution", test_dash_attribution);
  g_test_add_func ("/segmenter/german", test_german);
  g_test_add_func ("/segmenter/language-terminators", test_language_terminators);
  g_test_add_func ("/segmenter/scripts-without-spaces", test_scripts_without_spaces);
  g_test_add_func ("/segmenter/language-codes", test_language_codes);
  g_test_add_func ("/segmenter/paragraphs-wrapped", test_paragraphs_wrapped);
  g_test_add_func ("/segmenter/paragraphs-kept", test_paragraphs_kept);
  g_test_add_func ("/segmenter/paragraphs-cjk", test_paragraphs_cjk);
  g_test_add_func ("/segmenter/span-dup-text", test_span_dup_text);
  g_test_add_func ("/segmenter/golden-rules-english", test_golden_rules_english);
  g_test_add_func ("/segmenter/golden-rules-other-languages", test_golden_rules_other_languages);
  g_test_add_func ("/segmenter/cli-segment", test_cli_segment);
  g_test_add_func ("/segmenter/cli-segment-errors", test_cli_segment_errors);
  g_test_add_func ("/segmenter/long-patterns", test_long_patterns);
  g_test_add_func ("/segmenter/offsets", test_offsets);
  g_test_add_func ("/segmenter/empty", test_empty);
  g_test_add_func ("/segmenter/empty-length", test_empty_length);
  g_test_add_func ("/segmenter/length-respected", test_length_respected);
  g_test_add_func ("/segmenter/segment-span", test_segment_span);
  g_test_add_func ("/segmenter/split-lines", test_split_lines);
  g_test_add_func ("/segmenter/split-lines-offsets", test_split_lines_offsets);
  g_test_add_func ("/segmenter/span-trim", test_span_trim);
  g_test_add_func ("/segmenter/long-input", test_long_input);
  g_test_add_func ("/segmenter/long-line", test_long_line);

  return g_test_run ();
}
