/* test-diff.c: word differences inside an aligned row
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "plx-diff.h"
#include "plx-tokens.h"
#include "plx-test-util.h"

/* Helpers --------------------------------------------------------------- */

#define HUNK(hunks, i) (&g_array_index ((hunks), PlxDiffHunk, (i)))

static GArray *
diff (const char *reference,
      const char *other)
{
  GArray *hunks = plx_diff_sentences (reference, other, "en");

  g_assert_nonnull (hunks);
  return hunks;
}

static guint
count_changes (GArray *hunks)
{
  guint n = 0;

  for (guint i = 0; i < hunks->len; i++)
    n += HUNK (hunks, i)->op != PLX_DIFF_EQUAL;

  return n;
}

/* The only change of a pair that should have exactly one. */
static const PlxDiffHunk *
only_change (GArray *hunks)
{
  const PlxDiffHunk *change = NULL;

  for (guint i = 0; i < hunks->len; i++)
    {
      if (HUNK (hunks, i)->op == PLX_DIFF_EQUAL)
        continue;
      g_assert_null (change);
      change = HUNK (hunks, i);
    }
  g_assert_nonnull (change);

  return change;
}

static void
assert_change (GArray       *hunks,
               PlxDiffOp     op,
               const char   *old,
               const char   *text,
               PlxDiffClass  klass)
{
  const PlxDiffHunk *change = only_change (hunks);

  g_assert_cmpstr (plx_diff_op_to_string (change->op), ==, plx_diff_op_to_string (op));
  g_assert_cmpstr (change->old, ==, old);
  g_assert_cmpstr (change->text, ==, text);
  g_assert_cmpstr (plx_diff_class_to_string (change->klass), ==,
                   plx_diff_class_to_string (klass));
}

static char *
strip_spaces (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c))
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* What an editor reads: the hunks, one after the other, give back each
 * sentence's words in order, and their token ranges meet end to end. */
static void
assert_covers (GArray     *hunks,
               const char *reference,
               guint       reference_len,
               const char *other,
               guint       other_len)
{
  g_autoptr(GString) new_side = g_string_new (NULL);
  g_autoptr(GString) old_side = g_string_new (NULL);
  g_autofree char *want_new = strip_spaces (other);
  g_autofree char *want_old = strip_spaces (reference);
  g_autofree char *got_new = NULL;
  g_autofree char *got_old = NULL;
  guint ref_pos = 0, pos = 0;

  for (guint i = 0; i < hunks->len; i++)
    {
      const PlxDiffHunk *hunk = HUNK (hunks, i);

      g_assert_cmpuint (hunk->ref_start, ==, ref_pos);
      g_assert_cmpuint (hunk->start, ==, pos);
      ref_pos = hunk->ref_end;
      pos = hunk->end;

      g_assert_nonnull (hunk->text);
      g_string_append_printf (new_side, "%s ", hunk->text);
      switch (hunk->op)
        {
        case PLX_DIFF_EQUAL:
          g_assert_null (hunk->old);
          g_assert_cmpuint (hunk->klass, ==, PLX_DIFF_CLASS_NONE);
          g_string_append_printf (old_side, "%s ", hunk->text);
          break;
        case PLX_DIFF_INSERT:
          g_assert_null (hunk->old);
          g_assert_cmpstr (hunk->text, !=, "");
          break;
        case PLX_DIFF_DELETE:
          g_assert_cmpstr (hunk->text, ==, "");
          g_string_append_printf (old_side, "%s ", hunk->old);
          break;
        case PLX_DIFF_REPLACE:
          g_assert_cmpstr (hunk->old, !=, "");
          g_string_append_printf (old_side, "%s ", hunk->old);
          break;
        default:
          g_assert_not_reached ();
        }
      if (hunk->op != PLX_DIFF_EQUAL)
        g_assert_cmpuint (hunk->klass, !=, PLX_DIFF_CLASS_NONE);
      if (i > 0)
        g_assert_false (hunk->op == PLX_DIFF_EQUAL && HUNK (hunks, i - 1)->op == PLX_DIFF_EQUAL);
    }

  g_assert_cmpuint (ref_pos, ==, reference_len);
  g_assert_cmpuint (pos, ==, other_len);
  got_new = strip_spaces (new_side->str);
  got_old = strip_spaces (old_side->str);
  g_assert_cmpstr (got_new, ==, want_new);
  g_assert_cmpstr (got_old, ==, want_old);
}

static void
assert_sentences_covered (const char *reference,
                          const char *other)
{
  g_autoptr(GArray) ref_tokens = plx_tokenize (reference, -1, "en");
  g_autoptr(GArray) other_tokens = plx_tokenize (other, -1, "en");
  g_autoptr(GArray) hunks = plx_diff_tokens (reference, ref_tokens, other, other_tokens);

  assert_covers (hunks, reference, ref_tokens->len, other, other_tokens->len);
}

/* Hand-made tokens, one per space-separated word, so that the algorithm
 * is tested on inputs whose every token is known, whatever the
 * tokeniser's rules. The norm is the word itself. */
static void
plain_token_clear (gpointer data)
{
  PlxToken *token = data;

  g_clear_pointer (&token->norm, g_free);
  g_clear_pointer (&token->stem, g_free);
}

static GArray *
plain_tokens (const char *text)
{
  GArray *tokens = g_array_new (FALSE, TRUE, sizeof (PlxToken));
  const char *p = text;

  g_array_set_clear_func (tokens, plain_token_clear);
  while (*p != '\0')
    {
      PlxToken token = { 0 };

      while (*p == ' ')
        p++;
      if (*p == '\0')
        break;
      token.start = p - text;
      while (*p != ' ' && *p != '\0')
        p++;
      token.end = p - text;
      token.kind = g_ascii_ispunct (text[token.start]) ? PLX_TOKEN_PUNCT : PLX_TOKEN_WORD;
      token.norm = g_strndup (text + token.start, token.end - token.start);
      token.stem = g_strdup (token.norm);
      if (g_strv_contains ((const char * const[]) { "the", "a", "of", "and", NULL }, token.norm))
        token.flags |= PLX_TOKEN_FLAG_STOP;
      g_array_append_val (tokens, token);
    }

  return tokens;
}

static GArray *
diff_plain (const char  *reference,
            const char  *other)
{
  g_autoptr(GArray) ref_tokens = plain_tokens (reference);
  g_autoptr(GArray) other_tokens = plain_tokens (other);
  GArray *hunks = plx_diff_tokens (reference, ref_tokens, other, other_tokens);

  assert_covers (hunks, reference, ref_tokens->len, other, other_tokens->len);
  return hunks;
}

/* Random words from a small vocabulary: long texts whose shortest
 * script is, with overwhelming likelihood, the edits made to them. */
static char *
random_words (GRand *rand,
              guint  n_words)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_words; i++)
    g_string_append_printf (text, "%sw%u", i > 0 ? " " : "", g_rand_int_range (rand, 0, 400));

  return g_string_free (text, FALSE);
}

/* The script ----------------------------------------------------------- */

static void
test_identical (void)
{
  const char *sentence = "Just concluded a good conversation with @SecRubio.";
  g_autoptr(GArray) hunks = diff (sentence, sentence);

  g_assert_cmpuint (hunks->len, ==, 1);
  g_assert_cmpuint (HUNK (hunks, 0)->op, ==, PLX_DIFF_EQUAL);
  g_assert_cmpuint (HUNK (hunks, 0)->klass, ==, PLX_DIFF_CLASS_NONE);
  g_assert_cmpstr (HUNK (hunks, 0)->text, ==, sentence);
  g_assert_null (HUNK (hunks, 0)->old);
}

static void
test_empty (void)
{
  g_autoptr(GArray) none = diff ("", "");
  g_autoptr(GArray) added = diff ("", "Talks resume today.");
  g_autoptr(GArray) dropped = diff ("Talks resume today.", "  ");

  g_assert_cmpuint (none->len, ==, 0);

  g_assert_cmpuint (added->len, ==, 1);
  assert_change (added, PLX_DIFF_INSERT, NULL, "Talks resume today.", PLX_DIFF_CLASS_ADDITION);

  g_assert_cmpuint (dropped->len, ==, 1);
  assert_change (dropped, PLX_DIFF_DELETE, "Talks resume today.", "", PLX_DIFF_CLASS_OMISSION);
}

/* Quotes, case and the way a figure is written are not differences. */
static void
test_normalised_equal (void)
{
  g_autoptr(GArray) quotes = diff ("He called it “real friends” on Monday.",
                                   "He called it \"real friends\" on Monday.");
  g_autoptr(GArray) percent = diff ("a 50 per cent tariff", "a 50% tariff");
  g_autoptr(GArray) caps = diff ("US Ambassador Sergio Gor", "US ambassador Sergio Gor");

  g_assert_cmpuint (count_changes (quotes), ==, 0);
  g_assert_cmpuint (count_changes (percent), ==, 0);
  g_assert_cmpuint (count_changes (caps), ==, 0);
  g_assert_cmpstr (HUNK (percent, 0)->text, ==, "a 50% tariff");
}

/* Two spellings of one word are the same word: British and American
 * spellings (data/rules/variants-en.txt) and transliterations of a
 * name. The equal hunk shows the other sentence's spelling. */
static void
test_spelling_variants (void)
{
  const char *same[][2] = {
    { "India raised its defence budget.", "India raised its defense budget." },
    { "The programme was launched in May.", "The program was launched in May." },
    { "The organisation said it would act.", "The organization said it would act." },
    { "Jaishankar spoke to Rubio.", "Jayshankar spoke to Rubio." },
    { "Minister Jaishankar spoke to Rubio.", "Minister Jayshankar spoke to Rubio." },
    { "They travelled to the centre of the city.", "They traveled to the center of the city." },
    { "A self-defence pact and three programmes.", "A self-defense pact and three programs." },
  };
  const char *differ[][3] = {
    /* another name, a short word, another word that looks alike */
    { "Jaishankar spoke to Rubio.", "Jaitley spoke to Rubio.", "Jaitley" },
    { "The cat sat on the mat.", "The cut sat on the mat.", "cut" },
    { "Envoys from Austria met.", "Envoys from Austrian met.", "Austrian" },
    { "Its defences were weak.", "Its defense were weak.", "defense" },
    { "He was killed on Monday.", "He was kiled on Monday.", "kiled" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (same); i++)
    {
      g_autoptr(GArray) hunks = diff (same[i][0], same[i][1]);

      if (count_changes (hunks) != 0)
        g_error ("\"%s\" / \"%s\": %u changes", same[i][0], same[i][1], count_changes (hunks));
      g_assert_cmpuint (hunks->len, ==, 1);
      g_assert_cmpstr (HUNK (hunks, 0)->text, ==, same[i][1]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (differ); i++)
    {
      g_autoptr(GArray) hunks = diff (differ[i][0], differ[i][1]);

      g_assert_cmpstr (only_change (hunks)->text, ==, differ[i][2]);
    }

  /* Other languages keep their words: no English rules. */
  {
    g_autoptr(GArray) french = plx_diff_sentences ("Le centre de la ville.", "Le center de la ville.", "fr");

    g_assert_cmpuint (count_changes (french), ==, 1);
  }
}

/* A word swapped for another is one replacement, not a deletion and an
 * insertion side by side. */
static void
test_replace (void)
{
  g_autoptr(GArray) hunks = diff ("The talks were productive.", "The talks were fruitful.");

  g_assert_cmpuint (hunks->len, ==, 3);
  assert_change (hunks, PLX_DIFF_REPLACE, "productive", "fruitful", PLX_DIFF_CLASS_WORDING);
  g_assert_cmpstr (HUNK (hunks, 0)->text, ==, "The talks were");
  g_assert_cmpstr (HUNK (hunks, 2)->text, ==, ".");
}

static void
test_addition_omission (void)
{
  g_autoptr(GArray) added = diff ("Gor struck a conciliatory note.",
                                  "Gor struck a warm and conciliatory note.");
  g_autoptr(GArray) dropped = diff ("Gor struck a warm and conciliatory note.",
                                    "Gor struck a conciliatory note.");

  assert_change (added, PLX_DIFF_INSERT, NULL, "warm and", PLX_DIFF_CLASS_ADDITION);
  assert_change (dropped, PLX_DIFF_DELETE, "warm and", "", PLX_DIFF_CLASS_OMISSION);
}

static void
test_cover_sample (void)
{
  static const char * const pairs[][2] = {
    { "“Just concluded a good conversation with @SecRubio. Discussed trade, critical "
      "minerals, nuclear cooperation, defence and energy,” he said.",
      "Following the call, Jaishankar remarked on X, “Just concluded a excellent "
      "conversation with @SecRubio. Discussed trade, critical minerals, nuclear "
      "cooperation, defence and energy.”" },
    { "These tensions escalated sharply in mid-2025, when US President Donald Trump "
      "imposed sweeping 50% tariffs on a range of Indian goods.",
      "India-US relations have been buffeted by strains not witnessed in about two "
      "decades after President Donald Trump hit Indian goods in mid-2025 with 50% "
      "tariffs, including a 25% penalty on Russian energy purchases." },
    { "Ambassador Gor confirmed that a technical-level call on trade would occur on "
      "Wednesday, January 14, to work through specific sectoral issues.",
      "US ambassador-designate Sergio Gor announced that the sides remain actively "
      "engaged to conclude a trade deal and that the “next call on trade” would occur "
      "on Tuesday." },
    { "", "One." },
    { "Completely different words here.", "Nothing alike at all, really!" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      assert_sentences_covered (pairs[i][0], pairs[i][1]);
      assert_sentences_covered (pairs[i][1], pairs[i][0]);
    }
}

/* Classes --------------------------------------------------------------- */

/* The sample corpus: Firstpost misquotes Jaishankar's post. */
static void
test_class_quote (void)
{
  g_autoptr(GArray) plain = diff ("Just concluded a good conversation with @SecRubio.",
                                  "Just concluded a excellent conversation with @SecRubio.");
  g_autoptr(GArray) quoted = diff ("“Just concluded a good conversation with @SecRubio.",
                                   "Following the call, Jaishankar remarked on X, "
                                   "“Just concluded a excellent conversation with @SecRubio.");
  const PlxDiffHunk *replace = NULL;

  assert_change (plain, PLX_DIFF_REPLACE, "good", "excellent", PLX_DIFF_CLASS_WORDING);

  g_assert_cmpuint (count_changes (quoted), ==, 2);
  g_assert_cmpuint (HUNK (quoted, 0)->op, ==, PLX_DIFF_INSERT);
  g_assert_cmpuint (HUNK (quoted, 0)->klass, ==, PLX_DIFF_CLASS_ADDITION);
  for (guint i = 1; i < quoted->len; i++)
    {
      if (HUNK (quoted, i)->op == PLX_DIFF_REPLACE)
        replace = HUNK (quoted, i);
    }
  g_assert_nonnull (replace);
  g_assert_cmpstr (replace->old, ==, "good");
  g_assert_cmpstr (replace->text, ==, "excellent");
  g_assert_cmpuint (replace->klass, ==, PLX_DIFF_CLASS_QUOTE);
}

/* The Print and Firstpost quote Gor's speech differently. */
static void
test_class_quote_phrase (void)
{
  g_autoptr(GArray) plain = diff ("it is not an easy task, but we are together.",
                                  "it is not an easy task, but we are determined to get there.");
  g_autoptr(GArray) quoted = diff ("He said: “it is not an easy task, but we are together.”",
                                   "He said: “it is not an easy task, but we are "
                                   "determined to get there.”");

  assert_change (plain, PLX_DIFF_REPLACE, "together", "determined to get there",
                 PLX_DIFF_CLASS_WORDING);
  assert_change (quoted, PLX_DIFF_REPLACE, "together", "determined to get there",
                 PLX_DIFF_CLASS_QUOTE);
}

static void
test_class_number (void)
{
  g_autoptr(GArray) hunks = diff ("Trump announced a 25% tariff on any nation.",
                                  "Trump announced a 50 per cent tariff on any nation.");

  assert_change (hunks, PLX_DIFF_REPLACE, "25%", "50 per cent", PLX_DIFF_CLASS_NUMBER);
}

static void
test_class_date (void)
{
  g_autoptr(GArray) weekday = diff ("The next call on trade would occur on Tuesday.",
                                    "The next call on trade would occur on Wednesday, January 14.");
  g_autoptr(GArray) day = diff ("Jaishankar spoke to Rubio on January 13.",
                                "Jaishankar spoke to Rubio on January 14.");

  assert_change (weekday, PLX_DIFF_REPLACE, "Tuesday", "Wednesday, January 14",
                 PLX_DIFF_CLASS_DATE);
  /* A day of the month is a date, not an amount. */
  assert_change (day, PLX_DIFF_REPLACE, "13", "14", PLX_DIFF_CLASS_DATE);
}

static void
test_class_title (void)
{
  g_autoptr(GArray) designate = diff ("US ambassador-designate Sergio Gor arrived.",
                                      "US Ambassador Sergio Gor arrived.");
  g_autoptr(GArray) role = diff ("The minister met Rubio.", "The secretary met Rubio.");
  g_autoptr(GArray) rank = diff ("Gen. Singh spoke.", "General Singh spoke.");

  assert_change (designate, PLX_DIFF_REPLACE, "ambassador-designate", "Ambassador",
                 PLX_DIFF_CLASS_TITLE);
  assert_change (role, PLX_DIFF_REPLACE, "minister", "secretary", PLX_DIFF_CLASS_TITLE);
  g_assert_cmpuint (only_change (rank)->klass, ==, PLX_DIFF_CLASS_TITLE);
  g_assert_cmpstr (only_change (rank)->text, ==, "General");
}

/* A quoted figure is a misquote first: QUOTE outranks NUMBER, which
 * outranks DATE and TITLE. */
static void
test_class_priority (void)
{
  g_autoptr(GArray) quoted_number = diff ("He said “a 25% tariff” was coming.",
                                          "He said “a 50% tariff” was coming.");
  g_autoptr(GArray) number_title = diff ("The 25 ministers met.", "The 30 secretaries met.");

  g_assert_cmpuint (only_change (quoted_number)->klass, ==, PLX_DIFF_CLASS_QUOTE);
  g_assert_cmpuint (only_change (number_title)->klass, ==, PLX_DIFF_CLASS_NUMBER);
}

/* Clean-up -------------------------------------------------------------- */

/* Two changes either side of a lone "the" read as one change of a
 * phrase; a content word between them keeps them apart. */
static void
test_cleanup_stop_word (void)
{
  g_autoptr(GArray) phrase = diff ("Officials praised the plan on Monday.",
                                   "Officials criticised the deal on Monday.");
  g_autoptr(GArray) apart = diff ("Officials praised Gor's plan on Monday.",
                                  "Officials criticised Gor's deal on Monday.");

  assert_change (phrase, PLX_DIFF_REPLACE, "praised the plan", "criticised the deal",
                 PLX_DIFF_CLASS_WORDING);
  g_assert_cmpuint (count_changes (apart), ==, 2);
}

/* ThePrint and News18 quote Gor: one ends "but we are together", the
 * other goes on for a clause that happens to contain "together" too.
 * That one shared word does not cut the rewrite in two. */
static void
test_cleanup_content_word (void)
{
  g_autoptr(GArray) hunks = diff (
    "“India is the world’s largest nation, so it’s not an easy task to get this "
    "across the finish line, but we are together.”",
    "“Remember, India is the world’s largest nation, so it’s not an easy task to get "
    "this across the finish line, but we are determined to get there, and while trade "
    "is very important for our relationship, we will continue to work closely "
    "together on other very important areas,”");
  const PlxDiffHunk *last = HUNK (hunks, hunks->len - 2);

  g_assert_cmpuint (count_changes (hunks), ==, 2);
  g_assert_cmpuint (last->op, ==, PLX_DIFF_REPLACE);
  g_assert_cmpuint (last->klass, ==, PLX_DIFF_CLASS_QUOTE);
  g_assert_cmpstr (last->old, ==, "together.");
  g_assert_true (g_str_has_prefix (last->text, "determined to get there,"));
  g_assert_true (g_str_has_suffix (last->text, "closely together on other very important areas,"));
}

/* A dropped list item takes its own comma with it, not its neighbour's. */
static void
test_cleanup_boundary (void)
{
  g_autoptr(GArray) real = diff ("Leaders from Canada, France, Germany, and Italy attended.",
                                 "Leaders from Canada, Germany, and Italy attended.");
  g_autoptr(GArray) plain = diff_plain ("x y , z , w", "x y , w");

  assert_change (real, PLX_DIFF_DELETE, "France,", "", PLX_DIFF_CLASS_OMISSION);
  assert_change (plain, PLX_DIFF_DELETE, "z ,", "", PLX_DIFF_CLASS_OMISSION);
}

/* Long pairs ------------------------------------------------------------ */

static void
test_long_plain (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260113);
  g_autofree char *reference = random_words (rand, 6000);
  g_auto(GStrv) words = g_strsplit (reference, " ", -1);
  g_autofree char *other = NULL;
  g_autoptr(GArray) hunks = NULL;
  char *old_word;
  guint n_changes = 0;

  /* A replacement, a deletion and an insertion, far apart. */
  g_free (words[1000]);
  words[1000] = g_strdup ("changed");
  g_free (words[3000]);
  words[3000] = g_strdup ("");
  old_word = words[5000];
  words[5000] = g_strdup_printf ("added %s", old_word);
  g_free (old_word);
  other = g_strjoinv (" ", words);
  hunks = diff_plain (reference, other);

  for (guint i = 0; i < hunks->len; i++)
    {
      const PlxDiffHunk *hunk = HUNK (hunks, i);

      if (hunk->op == PLX_DIFF_EQUAL)
        continue;
      n_changes++;
      if (hunk->ref_start == 1000)
        {
          g_assert_cmpuint (hunk->op, ==, PLX_DIFF_REPLACE);
          g_assert_cmpstr (hunk->text, ==, "changed");
        }
      else if (hunk->ref_start == 3000)
        {
          g_assert_cmpuint (hunk->op, ==, PLX_DIFF_DELETE);
          g_assert_cmpuint (hunk->ref_end, ==, 3001);
        }
      else
        {
          g_assert_cmpuint (hunk->op, ==, PLX_DIFF_INSERT);
          g_assert_cmpstr (hunk->text, ==, "added");
        }
    }
  g_assert_cmpuint (n_changes, ==, 3);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* The whole sample corpus, as one text, with three edits. */
static void
test_long_sample (void)
{
  g_autoptr(GString) reference = g_string_new (NULL);
  g_autoptr(GString) other = NULL;
  g_autoptr(GArray) ref_tokens = NULL;
  g_autoptr(GArray) other_tokens = NULL;
  g_autoptr(GArray) hunks = NULL;
  g_autoptr(GDir) dir = g_dir_open (plx_test_sample_dir (), 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (plx_test_sample_dir (), names->pdata[i], NULL);
      g_autofree char *contents = NULL;

      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_string_append (reference, contents);
    }

  other = g_string_new (reference->str);
  g_assert_cmpuint (g_string_replace (other, "a excellent conversation",
                                      "a superb conversation", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (other, "Ashwini Vaishnaw attends",
                                      "Vaishnaw attends", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (other, "a 25 per cent tariff",
                                      "a 26 per cent tariff", 1), ==, 1);

  ref_tokens = plx_tokenize (reference->str, -1, "en");
  other_tokens = plx_tokenize (other->str, -1, "en");
  g_assert_cmpuint (ref_tokens->len, >, 4000);
  hunks = plx_diff_tokens (reference->str, ref_tokens, other->str, other_tokens);
  assert_covers (hunks, reference->str, ref_tokens->len, other->str, other_tokens->len);

  g_assert_cmpuint (count_changes (hunks), ==, 3);
  for (guint i = 0; i < hunks->len; i++)
    {
      const PlxDiffHunk *hunk = HUNK (hunks, i);

      if (hunk->op == PLX_DIFF_REPLACE && hunk->klass == PLX_DIFF_CLASS_QUOTE)
        g_assert_cmpstr (hunk->text, ==, "superb");
      else if (hunk->op == PLX_DIFF_DELETE)
        g_assert_cmpstr (hunk->old, ==, "Ashwini");
      else if (hunk->op == PLX_DIFF_REPLACE)
        {
          g_assert_cmpstr (hunk->old, ==, "25 per cent");
          g_assert_cmpuint (hunk->klass, ==, PLX_DIFF_CLASS_NUMBER);
        }
      else
        g_assert_cmpuint (hunk->op, ==, PLX_DIFF_EQUAL);
    }
}

/* Documents of several lines are diffed line by line first: a paragraph
 * that moved costs a deletion and an insertion, and a word changed in
 * another paragraph is still that one word. */
static void
test_long_moved_paragraphs (void)
{
  const char *reference =
    "The finance minister resigned on Friday after a row over the budget.\n"
    "Markets fell sharply in early trading on the news from the capital.\n"
    "The prime minister named a successor within hours of the announcement.\n"
    "Opposition leaders called for an early election before the summer.\n";
  const char *other =
    "Markets fell sharply in early trading on the news from the capital.\n"
    "The finance minister resigned on Friday after a row over the budget.\n"
    "The prime minister named a successor within days of the announcement.\n"
    "Opposition leaders called for an early election before the summer.\n";
  g_autoptr(GArray) hunks = diff (reference, other);
  gboolean found = FALSE;

  assert_sentences_covered (reference, other);
  for (guint i = 0; i < hunks->len; i++)
    {
      const PlxDiffHunk *hunk = HUNK (hunks, i);

      if (hunk->op == PLX_DIFF_REPLACE && g_strcmp0 (hunk->old, "hours") == 0)
        {
          g_assert_cmpstr (hunk->text, ==, "days");
          found = TRUE;
        }
    }
  g_assert_true (found);
  g_assert_cmpuint (count_changes (hunks), <=, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/diff/identical", test_identical);
  g_test_add_func ("/diff/empty", test_empty);
  g_test_add_func ("/diff/normalised-equal", test_normalised_equal);
  g_test_add_func ("/diff/spelling-variants", test_spelling_variants);
  g_test_add_func ("/diff/replace", test_replace);
  g_test_add_func ("/diff/addition-omission", test_addition_omission);
  g_test_add_func ("/diff/cover-sample", test_cover_sample);
  g_test_add_func ("/diff/class/quote", test_class_quote);
  g_test_add_func ("/diff/class/quote-phrase", test_class_quote_phrase);
  g_test_add_func ("/diff/class/number", test_class_number);
  g_test_add_func ("/diff/class/date", test_class_date);
  g_test_add_func ("/diff/class/title", test_class_title);
  g_test_add_func ("/diff/class/priority", test_class_priority);
  g_test_add_func ("/diff/cleanup/stop-word", test_cleanup_stop_word);
  g_test_add_func ("/diff/cleanup/content-word", test_cleanup_content_word);
  g_test_add_func ("/diff/cleanup/boundary", test_cleanup_boundary);
  g_test_add_func ("/diff/long/plain", test_long_plain);
  g_test_add_func ("/diff/long/sample", test_long_sample);
  g_test_add_func ("/diff/long/moved-paragraphs", test_long_moved_paragraphs);

  return g_test_run ();
}
