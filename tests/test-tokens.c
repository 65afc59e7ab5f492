/* test-tokens.c: normalisation, tokens, stems and stop words
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "plx-sentence.h"
#include "plx-test-util.h"
#include "plx-tokens.h"
#include "plx-variants.h"

/* ---- Helpers ------------------------------------------------------ */

static GArray *
tokenize (const char *text,
          const char *language)
{
  GArray *tokens = plx_tokenize (text, -1, language);

  g_assert_nonnull (tokens);

  return tokens;
}

static PlxToken *
token (GArray *tokens,
       guint   i)
{
  g_assert_cmpuint (i, <, tokens->len);

  return &g_array_index (tokens, PlxToken, i);
}

/* The normalised forms, joined by "|": what the comparison sees. */
static char *
norms (GArray *tokens)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < tokens->len; i++)
    {
      if (i > 0)
        g_string_append_c (out, '|');
      g_string_append (out, token (tokens, i)->norm);
    }

  return g_string_free (out, FALSE);
}

static char *
norms_of (const char *text,
          const char *language)
{
  g_autoptr(GArray) tokens = tokenize (text, language);

  return norms (tokens);
}

/* The token whose original text is @slice. */
static PlxToken *
find (GArray     *tokens,
      const char *text,
      const char *slice)
{
  for (guint i = 0; i < tokens->len; i++)
    {
      PlxToken *t = token (tokens, i);

      if (t->end - t->start == strlen (slice)
          && strncmp (text + t->start, slice, t->end - t->start) == 0)
        return t;
    }
  g_error ("no token \"%s\" in \"%s\"", slice, text);

  return NULL;
}

/* @text is exactly one NUMBER token spanning all of it, with @norm. */
static void
assert_one_number (const char *text,
                   const char *norm)
{
  g_autoptr(GArray) tokens = tokenize (text, "en");

  if (tokens->len != 1)
    g_error ("\"%s\" gave %u tokens: %s", text, tokens->len, norms (tokens));
  g_assert_cmpint (token (tokens, 0)->kind, ==, PLX_TOKEN_NUMBER);
  g_assert_cmpstr (token (tokens, 0)->norm, ==, norm);
  g_assert_cmpuint (token (tokens, 0)->start, ==, 0);
  g_assert_cmpuint (token (tokens, 0)->end, ==, strlen (text));
}

#define assert_norms(text, language, expected) \
  G_STMT_START { \
    g_autofree char *got_ = norms_of (text, language); \
    g_assert_cmpstr (got_, ==, expected); \
  } G_STMT_END

#define assert_flag(t, flag) g_assert_true (((t)->flags & (flag)) != 0)
#define assert_no_flag(t, flag) g_assert_true (((t)->flags & (flag)) == 0)

/* ---- Normalisation ------------------------------------------------ */

static void
test_normalise_nfkc (void)
{
  g_autofree char *ligature = plx_normalise_text ("ﬁnance", -1);
  g_autofree char *digits = plx_normalise_text ("１２３ ５０％", -1);
  g_autofree char *superscript = plx_normalise_text ("km²", -1);

  g_assert_cmpstr (ligature, ==, "finance");
  g_assert_cmpstr (digits, ==, "123 50%");
  g_assert_cmpstr (superscript, ==, "km2");
}

static void
test_normalise_case_folding (void)
{
  g_autofree char *german = plx_normalise_text ("STRASSE Straße", -1);
  g_autofree char *french = plx_normalise_text ("ÉCOLE École", -1);

  g_assert_cmpstr (german, ==, "strasse strasse");
  g_assert_cmpstr (french, ==, "école école");
}

static void
test_normalise_quotes_and_dashes (void)
{
  g_autofree char *quotes = plx_normalise_text ("“Hi,” ‘there’ «salut» „Hallo“ \"x\"", -1);
  g_autofree char *apostrophes = plx_normalise_text ("Trump’s Trump's Trumpʼs", -1);
  g_autofree char *dashes = plx_normalise_text ("a‐b a‑b 2–3 —x― ‒ −4 -5", -1);

  g_assert_cmpstr (quotes, ==, "\"hi,\" 'there' \"salut\" \"hallo\" \"x\"");
  g_assert_cmpstr (apostrophes, ==, "trump's trump's trump's");
  g_assert_cmpstr (dashes, ==, "a-b a-b 2-3 -x- - -4 -5");
}

static void
test_normalise_white_space (void)
{
  g_autofree char *spaces = plx_normalise_text ("  one \t\n two\u00A0three\u2009four  ", -1);
  g_autofree char *invisible = plx_normalise_text ("fi\u00ADnance co\u200Bop", -1);
  g_autofree char *part = plx_normalise_text ("Tariffs rise", 7);
  g_autofree char *empty = plx_normalise_text ("", 0);

  g_assert_cmpstr (spaces, ==, "one two three four");
  g_assert_cmpstr (invisible, ==, "finance coop");
  g_assert_cmpstr (part, ==, "tariffs");
  g_assert_cmpstr (empty, ==, "");
}

static void
test_normalise_invalid_utf8 (void)
{
  g_autofree char *repaired = plx_normalise_text ("caf\xe9 ok", -1);

  g_assert_true (g_utf8_validate (repaired, -1, NULL));
  g_assert_true (g_str_has_suffix (repaired, " ok"));
}

/* ---- Words and punctuation ---------------------------------------- */

static void
test_tokens_words_and_punctuation (void)
{
  const char *text = "Hello,  world! Is it over?!";
  g_autoptr(GArray) tokens = tokenize (text, "en");
  g_autofree char *got = norms (tokens);

  g_assert_cmpstr (got, ==, "hello|,|world|!|is|it|over|?|!");
  g_assert_cmpint (token (tokens, 0)->kind, ==, PLX_TOKEN_WORD);
  g_assert_cmpint (token (tokens, 1)->kind, ==, PLX_TOKEN_PUNCT);
  g_assert_cmpint (token (tokens, 8)->kind, ==, PLX_TOKEN_PUNCT);
}

static void
test_tokens_offsets (void)
{
  const char *text = "  Jaishankar’s “excellent” talk — on Jan. 13 — cost ₹500 crore (€3m).  ";
  g_autoptr(GArray) tokens = tokenize (text, NULL);
  GString *joined = g_string_new (NULL);
  gsize previous_end = 0;

  /* Every token is a slice of the original, in order, and the slices
   * together are the text less the white space between tokens. */
  for (guint i = 0; i < tokens->len; i++)
    {
      PlxToken *t = token (tokens, i);

      g_assert_cmpuint (t->start, <, t->end);
      g_assert_cmpuint (t->start, >=, previous_end);
      g_assert_true (g_utf8_validate (text + t->start, (gssize) (t->end - t->start), NULL));
      g_string_append_len (joined, text + t->start, (gssize) (t->end - t->start));
      previous_end = t->end;
    }
  g_assert_cmpstr (joined->str, ==, "Jaishankar’s“excellent”talk—onJan.13—cost₹500 crore(€3m).");
  g_string_free (joined, TRUE);

  g_assert_cmpstr (find (tokens, text, "Jaishankar’s")->norm, ==, "jaishankar's");
  g_assert_cmpstr (find (tokens, text, "₹500 crore")->norm, ==, "5000000000 inr");
}

static void
test_tokens_apostrophes (void)
{
  const char *text = "He’s sure the students' union won't yield; Trump’s aides agree.";
  g_autoptr(GArray) tokens = tokenize (text, "en");

  g_assert_cmpstr (find (tokens, text, "He’s")->norm, ==, "he's");
  g_assert_cmpstr (find (tokens, text, "won't")->norm, ==, "won't");
  g_assert_cmpstr (find (tokens, text, "students'")->stem, ==, "student");
  g_assert_cmpstr (find (tokens, text, "Trump’s")->stem, ==, "trump");
}

static void
test_tokens_hyphens (void)
{
  const char *text = "The ambassador-designate met H-1B holders; India–US ties — strained.";
  g_autoptr(GArray) tokens = tokenize (text, "en");
  PlxToken *designate = find (tokens, text, "ambassador-designate");

  g_assert_cmpint (designate->kind, ==, PLX_TOKEN_WORD);
  g_assert_cmpint (find (tokens, text, "H-1B")->kind, ==, PLX_TOKEN_WORD);
  g_assert_cmpstr (find (tokens, text, "H-1B")->norm, ==, "h-1b");
  /* An en dash inside a compound is the same word as with a hyphen. */
  g_assert_cmpstr (find (tokens, text, "India–US")->norm, ==, "india-us");
  /* A spaced em dash is punctuation. */
  g_assert_cmpint (find (tokens, text, "—")->kind, ==, PLX_TOKEN_PUNCT);
  g_assert_cmpstr (find (tokens, text, "—")->norm, ==, "-");
}

static void
test_tokens_handles_and_acronyms (void)
{
  const char *text = "He wrote to @SecRubio about U.S. tariffs and #trade in the U.S.";
  g_autoptr(GArray) tokens = tokenize (text, "en");
  g_autoptr(GArray) plain = tokenize ("He wrote about US tariffs", "en");
  PlxToken *handle = find (tokens, text, "@SecRubio");

  g_assert_cmpint (handle->kind, ==, PLX_TOKEN_WORD);
  g_assert_cmpstr (handle->norm, ==, "@secrubio");
  assert_flag (handle, PLX_TOKEN_FLAG_CAPITALISED);
  g_assert_cmpstr (find (tokens, text, "#trade")->norm, ==, "#trade");
  /* "U.S." and "US" are the same word; the sentence's full stop stays. */
  g_assert_cmpstr (find (tokens, text, "U.S.")->norm, ==, token (plain, 3)->norm);
  g_assert_cmpstr (token (tokens, tokens->len - 2)->norm, ==, "us");
  g_assert_cmpstr (token (tokens, tokens->len - 1)->norm, ==, ".");
  assert_norms ("India-U.S. ties", "en", "india-us|ties");
  assert_norms ("India–US ties", "en", "india-us|ties");
  assert_norms ("U.S.-India ties", "en", "us-india|ties");
}

/* ---- Quotations --------------------------------------------------- */

static void
test_tokens_quotes_curly_attribution (void)
{
  const char *text = "“We are together,” he said.";
  g_autoptr(GArray) tokens = tokenize (text, "en");
  PlxToken *open = find (tokens, text, "“");
  PlxToken *close = find (tokens, text, "”");

  g_assert_cmpint (open->kind, ==, PLX_TOKEN_PUNCT);
  assert_flag (open, PLX_TOKEN_FLAG_OPEN_QUOTE);
  assert_flag (close, PLX_TOKEN_FLAG_CLOSE_QUOTE);
  g_assert_cmpstr (open->norm, ==, "\"");
  assert_flag (find (tokens, text, "We"), PLX_TOKEN_FLAG_QUOTED);
  assert_flag (find (tokens, text, "are"), PLX_TOKEN_FLAG_QUOTED);
  assert_flag (find (tokens, text, "together"), PLX_TOKEN_FLAG_QUOTED);
  assert_no_flag (find (tokens, text, "he"), PLX_TOKEN_FLAG_QUOTED);
  assert_no_flag (find (tokens, text, "said"), PLX_TOKEN_FLAG_QUOTED);
}

static void
test_tokens_quotes_straight (void)
{
  const char *text = "He called it \"a great deal\" and \"historic\" twice.";
  g_autoptr(GArray) tokens = tokenize (text, "en");

  assert_no_flag (find (tokens, text, "called"), PLX_TOKEN_FLAG_QUOTED);
  assert_flag (find (tokens, text, "great"), PLX_TOKEN_FLAG_QUOTED);
  assert_flag (find (tokens, text, "deal"), PLX_TOKEN_FLAG_QUOTED);
  assert_no_flag (find (tokens, text, "and"), PLX_TOKEN_FLAG_QUOTED);
  assert_flag (find (tokens, text, "historic"), PLX_TOKEN_FLAG_QUOTED);
  assert_no_flag (find (tokens, text, "twice"), PLX_TOKEN_FLAG_QUOTED);
  assert_flag (token (tokens, 3), PLX_TOKEN_FLAG_OPEN_QUOTE);
  assert_flag (token (tokens, 7), PLX_TOKEN_FLAG_CLOSE_QUOTE);
}

static void
test_tokens_quotes_single (void)
{
  const char *text = "A trade deal with 'real friends' soon, and ‘fair’ terms.";
  g_autoptr(GArray) tokens = tokenize (text, "en");

  assert_flag (find (tokens, text, "real"), PLX_TOKEN_FLAG_QUOTED);
  assert_flag (find (tokens, text, "friends"), PLX_TOKEN_FLAG_QUOTED);
  assert_no_flag (find (tokens, text, "soon"), PLX_TOKEN_FLAG_QUOTED);
  assert_flag (find (tokens, text, "fair"), PLX_TOKEN_FLAG_QUOTED);
  assert_no_flag (find (tokens, text, "terms"), PLX_TOKEN_FLAG_QUOTED);
}

/* The second sentence of a quotation that opened in the first. */
static void
test_tokens_quotes_continued (void)
{
  const char *text = "We will win,” he said.";
  g_autoptr(GArray) tokens = tokenize (text, "en");

  assert_flag (find (tokens, text, "We"), PLX_TOKEN_FLAG_QUOTED);
  assert_flag (find (tokens, text, "win"), PLX_TOKEN_FLAG_QUOTED);
  assert_flag (find (tokens, text, "”"), PLX_TOKEN_FLAG_CLOSE_QUOTE);
  assert_no_flag (find (tokens, text, "he"), PLX_TOKEN_FLAG_QUOTED);
}

/* A quotation the writer forgot to close does not turn the rest of the
 * text inside out. */
static void
test_tokens_quotes_unclosed (void)
{
  const char *text = "He claimed India was “profiteering from oil, calling it “arbitrage” and condemning it.";
  g_autoptr(GArray) tokens = tokenize (text, "en");

  assert_flag (find (tokens, text, "profiteering"), PLX_TOKEN_FLAG_QUOTED);
  assert_flag (find (tokens, text, "arbitrage"), PLX_TOKEN_FLAG_QUOTED);
  assert_flag (find (tokens, text, "”"), PLX_TOKEN_FLAG_CLOSE_QUOTE);
  assert_no_flag (find (tokens, text, "condemning"), PLX_TOKEN_FLAG_QUOTED);
}

static void
test_tokens_quotes_german (void)
{
  const char *text = "„Wir sind bereit“, sagte er.";
  g_autoptr(GArray) tokens = tokenize (text, "de");

  assert_flag (find (tokens, text, "„"), PLX_TOKEN_FLAG_OPEN_QUOTE);
  assert_flag (find (tokens, text, "bereit"), PLX_TOKEN_FLAG_QUOTED);
  assert_flag (find (tokens, text, "“"), PLX_TOKEN_FLAG_CLOSE_QUOTE);
  assert_no_flag (find (tokens, text, "sagte"), PLX_TOKEN_FLAG_QUOTED);
}

/* ---- Numbers ------------------------------------------------------ */

static void
test_tokens_numbers_percent (void)
{
  assert_one_number ("50%", "50%");
  assert_one_number ("50 %", "50%");
  assert_one_number ("50 per cent", "50%");
  assert_one_number ("50 percent", "50%");
  assert_one_number ("fifty percent", "50%");
  assert_one_number ("Fifty per cent", "50%");
  assert_one_number ("2.5 per cent", "2.5%");
  assert_one_number ("５０％", "50%");
}

static void
test_tokens_numbers_currency (void)
{
  assert_one_number ("$100,000", "100000 usd");
  assert_one_number ("100,000 dollars", "100000 usd");
  assert_one_number ("100000 USD", "100000 usd");
  assert_one_number ("US$100,000", "100000 usd");
  assert_one_number ("$2.5 billion", "2500000000 usd");
  assert_one_number ("2.5 billion dollars", "2500000000 usd");
  assert_one_number ("Rs 500 crore", "5000000000 inr");
  assert_one_number ("Rs. 500 crore", "5000000000 inr");
  assert_one_number ("₹500 crore", "5000000000 inr");
  assert_one_number ("₹2 lakh", "200000 inr");
  assert_one_number ("€3m", "3000000 eur");
  assert_one_number ("3 million euros", "3000000 eur");
  assert_one_number ("three million euros", "3000000 eur");
  assert_one_number ("£4bn", "4000000000 gbp");
  assert_one_number ("4 billion pounds", "4000000000 gbp");
}

static void
test_tokens_numbers_plain (void)
{
  assert_one_number ("1,500", "1500");
  assert_one_number ("1,00,000", "100000");
  assert_one_number ("2.5", "2.5");
  assert_one_number ("0.50", "0.5");
  assert_one_number ("two million", "2000000");
  assert_one_number ("twenty-five", "25");
  assert_one_number ("one hundred", "100");
  assert_one_number ("13th", "13");
  assert_one_number ("2025", "2025");
  assert_one_number ("１２", "12");
}

static void
test_tokens_numbers_in_sentences (void)
{
  /* A figure keeps its neighbours apart, and a sign without a figure
   * is punctuation. */
  assert_norms ("Tariffs of 50 per cent, up from 25%.", "en",
                "tariffs|of|50%|,|up|from|25%|.");
  assert_norms ("The $ sign and the 3m wall", "en", "the|$|sign|and|the|3m|wall");
  assert_norms ("Talks in 2025, then 2026.", "en", "talks|in|2025|,|then|2026|.");
  assert_norms ("Die Zölle steigen um 2,5 Prozent.", "de", "die|zölle|steigen|um|2.5%|.");
}

/* ---- Dates -------------------------------------------------------- */

static void
test_tokens_dates_months (void)
{
  const char *text = "On Jan. 13 and Sept 3";
  g_autoptr(GArray) tokens = tokenize (text, "en");
  PlxToken *jan = find (tokens, text, "Jan.");

  assert_norms ("Jan 13", "en", "january|13");
  assert_norms ("Jan. 13", "en", "january|13");
  assert_norms ("January 13", "en", "january|13");
  assert_norms ("13th January", "en", "13|january");
  assert_flag (jan, PLX_TOKEN_FLAG_MONTH);
  g_assert_cmpstr (jan->stem, ==, "january");
  g_assert_cmpint (find (tokens, text, "13")->kind, ==, PLX_TOKEN_NUMBER);
  g_assert_cmpstr (find (tokens, text, "Sept")->norm, ==, "september");
}

static void
test_tokens_dates_weekdays (void)
{
  const char *text = "On Tuesday (January 13) and Tue. 14";
  g_autoptr(GArray) tokens = tokenize (text, "en");

  assert_flag (find (tokens, text, "Tuesday"), PLX_TOKEN_FLAG_WEEKDAY);
  g_assert_cmpstr (find (tokens, text, "Tue.")->norm, ==, "tuesday");
  assert_flag (find (tokens, text, "Tue."), PLX_TOKEN_FLAG_WEEKDAY);
  assert_flag (find (tokens, text, "January"), PLX_TOKEN_FLAG_MONTH);
  assert_no_flag (find (tokens, text, "Tuesday"), PLX_TOKEN_FLAG_MONTH);
}

/* Month names that are also words count only where they are dates. */
static void
test_tokens_dates_ambiguous (void)
{
  g_autoptr(GArray) ask = tokenize ("May I ask a question?", "en");
  g_autoptr(GArray) may = tokenize ("Talks resume on 5 May.", "en");
  g_autoptr(GArray) march = tokenize ("They march in March", "en");
  g_autoptr(GArray) jan = tokenize ("Jan Egeland said so", "en");

  assert_no_flag (token (ask, 0), PLX_TOKEN_FLAG_MONTH);
  g_assert_cmpstr (token (ask, 0)->norm, ==, "may");
  assert_flag (token (may, 4), PLX_TOKEN_FLAG_MONTH);
  assert_no_flag (token (march, 1), PLX_TOKEN_FLAG_MONTH);
  assert_flag (token (march, 3), PLX_TOKEN_FLAG_MONTH);
  assert_no_flag (token (jan, 0), PLX_TOKEN_FLAG_MONTH);
  g_assert_cmpstr (token (jan, 0)->norm, ==, "jan");
}

/* ---- Flags -------------------------------------------------------- */

static void
test_tokens_flags_stop_and_capitals (void)
{
  const char *text = "The US and India signed it";
  g_autoptr(GArray) tokens = tokenize (text, NULL);
  PlxToken *the = find (tokens, text, "The");

  assert_flag (the, PLX_TOKEN_FLAG_STOP);
  assert_flag (the, PLX_TOKEN_FLAG_CAPITALISED);
  /* Snowball leaves "us" out of its list: US is the United States. */
  assert_no_flag (find (tokens, text, "US"), PLX_TOKEN_FLAG_STOP);
  assert_flag (find (tokens, text, "and"), PLX_TOKEN_FLAG_STOP);
  assert_no_flag (find (tokens, text, "and"), PLX_TOKEN_FLAG_CAPITALISED);
  assert_flag (find (tokens, text, "India"), PLX_TOKEN_FLAG_CAPITALISED);
  assert_no_flag (find (tokens, text, "signed"), PLX_TOKEN_FLAG_STOP);
  g_assert_cmpstr (find (tokens, text, "signed")->stem, ==, "sign");
}

/* ---- Other languages ---------------------------------------------- */

static void
test_tokens_hindi (void)
{
  const char *text = "भारत और अमेरिका के बीच ₹500 करोड़ का सौदा। “हम साथ हैं,” उन्होंने कहा।";
  g_autoptr(GArray) tokens = tokenize (text, NULL);
  g_autoptr(GArray) explicit = tokenize (text, "hi");
  g_autofree char *got = norms (tokens);
  g_autofree char *got_explicit = norms (explicit);

  /* Vowel signs and viramas stay inside their words; the danda is a
   * full stop. */
  g_assert_cmpstr (find (tokens, text, "उन्होंने")->norm, ==, "उन्होंने");
  g_assert_cmpint (find (tokens, text, "।")->kind, ==, PLX_TOKEN_PUNCT);
  assert_flag (find (tokens, text, "और"), PLX_TOKEN_FLAG_STOP);
  assert_flag (find (tokens, text, "के"), PLX_TOKEN_FLAG_STOP);
  assert_no_flag (find (tokens, text, "भारत"), PLX_TOKEN_FLAG_STOP);
  assert_flag (find (tokens, text, "साथ"), PLX_TOKEN_FLAG_QUOTED);
  assert_no_flag (find (tokens, text, "कहा"), PLX_TOKEN_FLAG_QUOTED);
  g_assert_cmpstr (find (tokens, text, "₹500 करोड़")->norm, ==, "5000000000 inr");
  /* The light Hindi stemmer (data/rules/stem-hi.txt) takes the final
   * vowel sign: "अमेरिका" and "अमेरिकी" share a stem. */
  g_assert_cmpstr (find (tokens, text, "अमेरिका")->stem, ==, "अमेरिक");
  g_assert_cmpstr (find (tokens, text, "भारत")->stem, ==, "भारत");
  g_assert_cmpstr (got, ==, got_explicit);
}

/* ---- Spelling variants ------------------------------------------- */

/* data/rules/variants-en.txt: British spellings become American ones,
 * and words that only look like them stay. */
static void
test_variant_spelling (void)
{
  const struct { const char *word; const char *spelling; } pairs[] = {
    { "defence", "defense" },
    { "self-defence", "self-defense" },
    { "offences", "offenses" },
    { "programme", "program" },
    { "programmes", "programs" },
    { "organisation", "organization" },
    { "organised", "organized" },
    { "organising", "organizing" },
    { "recognisable", "recognizable" },
    { "analyse", "analyze" },
    { "analysing", "analyzing" },
    { "colour", "color" },
    { "labour-intensive", "labor-intensive" },
    { "favourite", "favorite" },
    { "behavioural", "behavioral" },
    { "centre", "center" },
    { "centres", "centers" },
    { "centred", "centered" },
    { "kilometres", "kilometers" },
    { "fibre", "fiber" },
    { "travelled", "traveled" },
    { "cancelling", "canceling" },
    { "counsellor", "counselor" },
    { "marshalled", "marshaled" },
    { "jewelled", "jeweled" },
    { "catalogue", "catalog" },
    { "jewellery", "jewelry" },
    { "grey", "gray" },
    /* the same, or another word */
    { "defense", "defense" },
    { "program", "program" },
    { "four", "four" },
    { "hours", "hours" },
    { "tourism", "tourism" },
    { "flour", "flour" },
    { "detour", "detour" },
    { "journal", "journal" },
    { "rise", "rise" },
    { "raised", "raised" },
    { "otherwise", "otherwise" },
    { "advised", "advised" },
    { "surprising", "surprising" },
    { "exercise", "exercise" },
    { "promise", "promise" },
    { "compromise", "compromise" },
    { "enterprises", "enterprises" },
    { "advertising", "advertising" },
    { "precise", "precise" },
    { "crises", "crises" },
    { "acre", "acre" },
    { "genre", "genre" },
    { "timbre", "timbre" },
    { "called", "called" },
    { "killed", "killed" },
    { "skilled", "skilled" },
    { "filling", "filling" },
    { "seller", "seller" },
    { "recalled", "recalled" },
    { "smaller", "smaller" },
    { "storyteller", "storyteller" },
    { "practise", "practice" },
    { "downpour", "downpour" },
    { "hatred", "hatred" },
    { "h-1b", "h-1b" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autofree char *spelling = plx_variant_spelling (pairs[i].word, "en");

      if (g_strcmp0 (spelling, pairs[i].spelling) != 0)
        g_error ("spelling of \"%s\" is \"%s\", not \"%s\"",
                 pairs[i].word, spelling, pairs[i].spelling);
    }

  /* Other languages keep theirs. */
  {
    g_autofree char *french = plx_variant_spelling ("centre", "fr");

    g_assert_cmpstr (french, ==, "centre");
  }
}

/* The tokenizer stems the one spelling: the similarity and the ledger,
 * which compare stems, see one word. */
static void
test_variant_stems (void)
{
  const char *pairs[][2] = {
    { "defence", "defense" },
    { "programme", "program" },
    { "organisation", "organization" },
    { "Labour", "Labor" },
    { "centres", "centers" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autoptr(GArray) a = tokenize (pairs[i][0], "en");
      g_autoptr(GArray) b = tokenize (pairs[i][1], "en");

      g_assert_cmpuint (a->len, ==, 1);
      g_assert_cmpuint (b->len, ==, 1);
      g_assert_cmpstr (g_array_index (a, PlxToken, 0).stem, ==, g_array_index (b, PlxToken, 0).stem);
      /* The word itself is as written. */
      g_assert_cmpstr (g_array_index (a, PlxToken, 0).norm, !=, g_array_index (b, PlxToken, 0).norm);
    }
}

/* A transliterated name: one edit in a long capitalised word. */
static void
test_variant_names (void)
{
  g_assert_true (plx_variant_same_name ("jaishankar", "jayshankar"));
  g_assert_true (plx_variant_same_name ("zelenskyy", "zelensky"));
  g_assert_true (plx_variant_same_name ("muhammad", "mohammad"));
  g_assert_false (plx_variant_same_name ("jaishankar", "jaitley"));
  g_assert_false (plx_variant_same_name ("jaishankar", "jaishankar"));
  /* short words, another first letter, an ending */
  g_assert_false (plx_variant_same_name ("cat", "cut"));
  g_assert_false (plx_variant_same_name ("gor", "gore"));
  g_assert_false (plx_variant_same_name ("jaishankar", "vaishankar"));
  g_assert_false (plx_variant_same_name ("austria", "austrian"));
  g_assert_false (plx_variant_same_name ("g20-summit", "g21-summit"));
  g_assert_true (plx_variant_same_name ("erdogan", "erdoğan"));
  g_assert_true (plx_variant_same_name ("gaddafis", "gadafis"));
  g_assert_true (plx_variant_same_name ("netanyahu", "netanyau"));
  /* consonants make another name, or another word */
  g_assert_false (plx_variant_same_name ("johnston", "johnson"));
  g_assert_false (plx_variant_same_name ("verkauf", "verlauf"));
}

/* Ramanathan and Rao's suffixes, longest first, with two letters left
 * at least. */
static void
test_stem_hindi (void)
{
  const struct { const char *word; const char *stem; } pairs[] = {
    { "लड़का", "लड़क" },
    { "लड़के", "लड़क" },
    { "लड़कों", "लड़क" },
    { "किताब", "किताब" },
    { "किताबें", "किताब" },
    { "लड़कियाँ", "लड़क" },
    { "लड़कियों", "लड़क" },
    { "जाएंगे", "जा" },
    { "करेंगे", "कर" },
    { "खेलना", "खेल" },
    { "खेलता", "खेल" },
    { "खेलती", "खेल" },
    { "खेलकर", "खेल" },
    /* two letters stay */
    { "को", "को" },
    { "में", "में" },
    /* a figure is a name, not a word */
    { "20वीं", "20वीं" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autofree char *norm = plx_normalise_text (pairs[i].word, -1);
      g_autofree char *stem = plx_stem (norm, "hi");
      g_autofree char *expected = plx_normalise_text (pairs[i].stem, -1);

      g_assert_cmpstr (stem, ==, expected);
    }
}

static void
test_tokens_german (void)
{
  const char *text = "Die Zölle für Stahl steigen, sagte der Minister.";
  g_autoptr(GArray) tokens = tokenize (text, "de");
  PlxToken *zoelle = find (tokens, text, "Zölle");

  g_assert_cmpstr (zoelle->norm, ==, "zölle");
  /* The light German stemmer (data/rules/stem-de.txt) */
  g_assert_cmpstr (zoelle->stem, ==, "zoll");
  assert_flag (zoelle, PLX_TOKEN_FLAG_CAPITALISED);
  assert_flag (find (tokens, text, "Die"), PLX_TOKEN_FLAG_STOP);
  assert_flag (find (tokens, text, "für"), PLX_TOKEN_FLAG_STOP);
  assert_no_flag (find (tokens, text, "Stahl"), PLX_TOKEN_FLAG_STOP);
  /* German endings, not English ones. */
  g_assert_cmpstr (find (tokens, text, "steigen")->stem, ==, "steig");
}

static void
test_tokens_arabic (void)
{
  const char *text = "قالَ الوزيرُ إن المحادثات ستستمر، والاتفاق قريب.";
  g_autoptr(GArray) tokens = tokenize (text, NULL);
  g_autofree char *got = norms (tokens);

  g_assert_cmpstr (got, ==, "قالَ|الوزيرُ|إن|المحادثات|ستستمر|،|والاتفاق|قريب|.");
}

/* ---- The sample corpus -------------------------------------------- */

static void
test_tokens_samples (void)
{
  g_autoptr(GDir) dir = g_dir_open (plx_test_sample_dir (), 0, NULL);
  const char *name;
  guint files = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (plx_test_sample_dir (), name, NULL);
      g_autofree char *text = NULL;
      g_autoptr(GArray) tokens = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &text, &length, NULL));
      tokens = plx_tokenize (text, (gssize) length, NULL);
      g_assert_cmpuint (tokens->len, >, 100);
      for (guint i = 0; i < tokens->len; i++)
        {
          PlxToken *t = token (tokens, i);

          g_assert_cmpuint (t->end, <=, length);
          g_assert_cmpuint (t->start, <, t->end);
          g_assert_true (i == 0 || token (tokens, i - 1)->end <= t->start);
          g_assert_false (g_unichar_isspace (g_utf8_get_char (text + t->start)));
          g_assert_true (t->norm[0] != '\0' && t->stem != NULL);
        }
      files++;
    }
  g_assert_cmpuint (files, >=, 5);
}

/* ---- Stems -------------------------------------------------------- */

typedef struct
{
  const char *word;
  const char *stem;
} Pair;

/* From snowball-data's english/voc.txt and output.txt (2023): what the
 * published algorithm gives. */
static const Pair known_pairs[] = {
  { "consign", "consign" }, { "consigned", "consign" },
  { "consigning", "consign" }, { "consignment", "consign" },
  { "consist", "consist" }, { "consisted", "consist" },
  { "consistency", "consist" }, { "consistent", "consist" },
  { "consistently", "consist" }, { "consisting", "consist" },
  { "knack", "knack" }, { "knackeries", "knackeri" },
  { "knacks", "knack" }, { "running", "run" }, { "national", "nation" },
  { "happily", "happili" }, { "skies", "sky" }, { "dying", "die" },
  { "news", "news" }, { "howe", "howe" }, { "atlantic", "atlant" },
  { "generously", "generous" }, { "generous", "generous" },
  { "general", "general" }, { "generate", "generat" },
  { "generations", "generat" }, { "communication", "communic" },
  { "communism", "communism" }, { "communities", "communiti" },
  { "negotiations", "negoti" }, { "negotiation", "negoti" },
  { "minister", "minist" }, { "ministers", "minist" },
  { "critical", "critic" }, { "minerals", "miner" },
  { "defence", "defenc" }, { "talks", "talk" }, { "invitation", "invit" },
  { "conversation", "convers" }, { "discussed", "discuss" },
  { "conditional", "condit" }, { "rational", "ration" },
  { "hopefulness", "hope" }, { "callousness", "callous" },
  { "goodness", "good" }, { "revival", "reviv" }, { "allowance", "allow" },
  { "inference", "infer" }, { "adjustment", "adjust" },
  { "dependent", "depend" }, { "adoption", "adopt" },
  { "effective", "effect" }, { "cease", "ceas" }, { "roll", "roll" },
  { "added", "add" }, { "adding", "add" }, { "ebbed", "ebb" },
  { "offing", "off" }, { "hoping", "hope" }, { "hopping", "hop" },
  { "canning", "canning" }, { "proceed", "proceed" },
  { "exceed", "exceed" }, { "succeed", "succeed" }, { "cries", "cri" },
  { "ties", "tie" }, { "gas", "gas" }, { "gaps", "gap" },
  { "agreed", "agre" }, { "feed", "feed" }, { "bleed", "bleed" },
  { "caresses", "caress" }, { "ponies", "poni" }, { "sky", "sky" },
  { "only", "onli" }, { "early", "earli" }, { "gently", "gentl" },
  { "ugly", "ugli" }, { "idly", "idl" }, { "singly", "singl" },
  { "lying", "lie" }, { "tying", "tie" }, { "atlas", "atlas" },
  { "bias", "bias" }, { "andes", "andes" }, { "agreement", "agreement" },
  { "cry", "cri" }, { "by", "by" }, { "say", "say" }, { "trade", "trade" },
  { "president", "presid" }, { "united", "unit" }, { "states", "state" },
  { "commerce", "commerc" }, { "relations", "relat" },
  { "friendly", "friend" }, { "friendship", "friendship" },
  { "formally", "formal" }, { "electrical", "electr" },
  { "hopeful", "hope" },
};

/* From the algorithm's description: its exceptional forms, the
 * prefixes whose R1 starts after them, and its worked examples. */
static const Pair described_pairs[] = {
  { "skis", "ski" }, { "cosmos", "cosmos" }, { "inning", "inning" },
  { "outing", "outing" }, { "herring", "herring" }, { "earring", "earring" },
  { "kiwis", "kiwi" }, { "arsenic", "arsenic" }, { "arsenal", "arsenal" },
  { "india's", "india" }, { "students'", "student" }, { "'tis", "tis" },
};

static void
check_pairs (const Pair *pairs,
             gsize       n_pairs)
{
  for (gsize i = 0; i < n_pairs; i++)
    {
      g_autofree char *stem = plx_stem (pairs[i].word, "en");

      if (g_strcmp0 (stem, pairs[i].stem) != 0)
        g_error ("stem of \"%s\" is \"%s\", not \"%s\"", pairs[i].word, stem, pairs[i].stem);
    }
}

static void
test_stem_known_pairs (void)
{
  check_pairs (known_pairs, G_N_ELEMENTS (known_pairs));
}

static void
test_stem_described_pairs (void)
{
  check_pairs (described_pairs, G_N_ELEMENTS (described_pairs));
}

static void
test_stem_languages (void)
{
  g_autofree char *unknown = plx_stem ("running", NULL);
  g_autofree char *british = plx_stem ("running", "en-GB");
  g_autofree char *german = plx_stem ("laufenden", "de");
  g_autofree char *italian = plx_stem ("correndo", "it");
  g_autofree char *hindi = plx_stem ("बातचीत", NULL);
  g_autofree char *short_word = plx_stem ("us", "en");

  g_assert_cmpstr (unknown, ==, "run");
  g_assert_cmpstr (british, ==, "run");
  /* German has a light stemmer (inflections only), Italian none */
  g_assert_cmpstr (german, ==, "laufend");
  g_assert_cmpstr (italian, ==, "correndo");
  g_assert_cmpstr (hindi, ==, "बातचीत");
  g_assert_cmpstr (short_word, ==, "us");
}

/* ---- Stop words --------------------------------------------------- */

static void
test_stop_words (void)
{
  g_assert_true (plx_is_stop_word ("the", "en"));
  g_assert_true (plx_is_stop_word ("the", "en-US"));
  g_assert_true (plx_is_stop_word ("the", NULL));
  g_assert_true (plx_is_stop_word ("he's", "en"));
  g_assert_false (plx_is_stop_word ("tariff", "en"));
  g_assert_true (plx_is_stop_word ("und", "de"));
  g_assert_true (plx_is_stop_word ("für", "de"));
  g_assert_true (plx_is_stop_word ("le", "fr"));
  g_assert_true (plx_is_stop_word ("el", "es"));
  g_assert_true (plx_is_stop_word ("के", "hi"));
  g_assert_true (plx_is_stop_word ("के", NULL));
  g_assert_false (plx_is_stop_word ("the", "de"));
  /* No list for Italian yet. */
  g_assert_false (plx_is_stop_word ("il", "it"));
}

/* The word lists load once, from any thread: the loader tokenises in a
 * worker. */
static gpointer
tokenize_in_thread (gpointer data)
{
  g_autoptr(GArray) tokens = plx_tokenize ("The talks on Jan 13 were in the U.S. und der", -1, data);

  return GUINT_TO_POINTER (tokens->len);
}

static void
test_tokens_threads (void)
{
  GThread *threads[8];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("tokenize", tokenize_in_thread, (gpointer) (i % 2 ? "en" : "de"));
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_cmpuint (GPOINTER_TO_UINT (g_thread_join (threads[i])), >, 10);
}

static void
assert_same_tokens (GArray *a,
                    GArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      const PlxToken *x = &g_array_index (a, PlxToken, i);
      const PlxToken *y = &g_array_index (b, PlxToken, i);

      g_assert_cmpuint (x->start, ==, y->start);
      g_assert_cmpuint (x->end, ==, y->end);
      g_assert_cmpint (x->kind, ==, y->kind);
      g_assert_cmpint (x->flags, ==, y->flags);
      g_assert_cmpstr (x->norm, ==, y->norm);
      g_assert_cmpstr (x->stem, ==, y->stem);
    }
}

static gpointer
sentence_tokens_in_thread (gpointer data)
{
  return plx_sentence_get_tokens (data, "de");
}

/* A sentence keeps its tokens per language: the aligner, the diff and
 * the ledger read the same ones, whichever thread asks first. */
static void
test_tokens_sentence_cache (void)
{
  const char *text = "Die USA verhängten am 7. August Zölle von 50 Prozent.";
  g_autoptr(PlxSentence) sentence = plx_sentence_new (0, PLX_ROLE_BODY, 0, strlen (text), text);
  g_autoptr(GArray) english = plx_tokenize (text, -1, "en");
  g_autoptr(GArray) german = plx_tokenize (text, -1, "de");
  g_autoptr(GArray) unknown = plx_tokenize (text, -1, "it");
  GThread *threads[8];
  GArray *first;

  /* Latin text without a language is read as English. */
  g_assert_cmpstr (plx_tokenize_language (text, -1, NULL), ==, "en");
  g_assert_null (plx_tokenize_language (text, -1, "it"));
  first = plx_sentence_get_tokens (sentence, "en");
  assert_same_tokens (first, english);
  g_assert_true (plx_sentence_get_tokens (sentence, NULL) == first);
  g_assert_true (plx_sentence_get_tokens (sentence, "en-GB") == first);
  assert_same_tokens (plx_sentence_get_tokens (sentence, "it"), unknown);

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("sentence-tokens", sentence_tokens_in_thread, sentence);
  first = g_thread_join (threads[0]);
  for (guint i = 1; i < G_N_ELEMENTS (threads); i++)
    g_assert_true (g_thread_join (threads[i]) == first);
  assert_same_tokens (first, german);
  g_assert_true (plx_sentence_get_tokens (sentence, "de") == first);
}

/* "S. Jaishankar" and "S Jaishankar" are the same words: the initial's
 * full stop belongs to it, so diffs do not flag it. */
static void
test_initial_before_name (void)
{
  g_autoptr(GArray) dotted = plx_tokenize ("Minister S. Jaishankar met Rubio.", -1, "en");
  g_autoptr(GArray) plain = plx_tokenize ("Minister S Jaishankar met Rubio.", -1, "en");

  g_assert_cmpuint (dotted->len, ==, plain->len);
  for (guint i = 0; i < dotted->len; i++)
    g_assert_cmpstr (g_array_index (dotted, PlxToken, i).norm, ==, g_array_index (plain, PlxToken, i).norm);
  g_assert_cmpuint (g_array_index (dotted, PlxToken, 1).end, ==, strlen ("Minister S."));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tokens/initial-before-name", test_initial_before_name);
  g_test_add_func ("/normalise/nfkc", test_normalise_nfkc);
  g_test_add_func ("/normalise/case-folding", test_normalise_case_folding);
  g_test_add_func ("/normalise/quotes-and-dashes", test_normalise_quotes_and_dashes);
  g_test_add_func ("/normalise/white-space", test_normalise_white_space);
  g_test_add_func ("/normalise/invalid-utf8", test_normalise_invalid_utf8);

  g_test_add_func ("/tokens/threads", test_tokens_threads);
  g_test_add_func ("/tokens/sentence-cache", test_tokens_sentence_cache);
  g_test_add_func ("/tokens/words-and-punctuation", test_tokens_words_and_punctuation);
  g_test_add_func ("/tokens/offsets", test_tokens_offsets);
  g_test_add_func ("/tokens/apostrophes", test_tokens_apostrophes);
  g_test_add_func ("/tokens/hyphens", test_tokens_hyphens);
  g_test_add_func ("/tokens/handles-and-acronyms", test_tokens_handles_and_acronyms);
  g_test_add_func ("/tokens/quotes/curly-attribution", test_tokens_quotes_curly_attribution);
  g_test_add_func ("/tokens/quotes/straight", test_tokens_quotes_straight);
  g_test_add_func ("/tokens/quotes/single", test_tokens_quotes_single);
  g_test_add_func ("/tokens/quotes/continued", test_tokens_quotes_continued);
  g_test_add_func ("/tokens/quotes/unclosed", test_tokens_quotes_unclosed);
  g_test_add_func ("/tokens/quotes/german", test_tokens_quotes_german);
  g_test_add_func ("/tokens/numbers/percent", test_tokens_numbers_percent);
  g_test_add_func ("/tokens/numbers/currency", test_tokens_numbers_currency);
  g_test_add_func ("/tokens/numbers/plain", test_tokens_numbers_plain);
  g_test_add_func ("/tokens/numbers/in-sentences", test_tokens_numbers_in_sentences);
  g_test_add_func ("/tokens/dates/months", test_tokens_dates_months);
  g_test_add_func ("/tokens/dates/weekdays", test_tokens_dates_weekdays);
  g_test_add_func ("/tokens/dates/ambiguous", test_tokens_dates_ambiguous);
  g_test_add_func ("/tokens/flags/stop-and-capitals", test_tokens_flags_stop_and_capitals);
  g_test_add_func ("/tokens/hindi", test_tokens_hindi);
  g_test_add_func ("/tokens/german", test_tokens_german);
  g_test_add_func ("/tokens/arabic", test_tokens_arabic);
  g_test_add_func ("/tokens/samples", test_tokens_samples);

  g_test_add_func ("/stem/known-pairs", test_stem_known_pairs);
  g_test_add_func ("/stem/described-pairs", test_stem_described_pairs);
  g_test_add_func ("/stem/languages", test_stem_languages);
  g_test_add_func ("/stem/hindi", test_stem_hindi);
  g_test_add_func ("/variants/spelling", test_variant_spelling);
  g_test_add_func ("/variants/stems", test_variant_stems);
  g_test_add_func ("/variants/names", test_variant_names);

  g_test_add_func ("/stop-words/languages", test_stop_words);

  return g_test_run ();
}
