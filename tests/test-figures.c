/* test-figures.c: tariff rates, money and other figures in a sentence
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "plx-figures.h"
#include "plx-segmenter.h"
#include "plx-test-util.h"

/* ---- Helpers ------------------------------------------------------ */

static GArray *
extract (const char *sentence,
         guint       expected)
{
  GArray *figures = plx_extract_figures (sentence, "en");

  g_assert_nonnull (figures);
  if (figures->len != expected)
    g_error ("%u figures instead of %u in: %s", figures->len, expected, sentence);

  return figures;
}

static PlxFigure *
figure_at (GArray *figures,
           guint   i)
{
  g_assert_cmpuint (i, <, figures->len);

  return &g_array_index (figures, PlxFigure, i);
}

/* The only figure of @sentence, stated by @text. */
static void
assert_one (const char *sentence,
            double      value,
            const char *unit,
            const char *text)
{
  g_autoptr(GArray) figures = extract (sentence, 1);
  PlxFigure *figure = figure_at (figures, 0);

  g_assert_cmpfloat_with_epsilon (figure->value, value, 1e-6);
  g_assert_cmpstr (figure->unit, ==, unit);
  g_assert_cmpstr (figure->text, ==, text);
}

/* What a sentence says about one of its figures. NULL strings must be
 * NULL in the figure too. */
typedef struct
{
  const char      *sentence;
  guint            n_figures;
  guint            index;
  double           value;
  const char      *unit;
  PlxFigureKind    kind;
  PlxFigureStatus  status;
  const char      *scope;
  const char      *applier;
  const char      *target;
  const char      *text;
} Expected;

static void
assert_expected (const Expected *e)
{
  g_autoptr(GArray) figures = extract (e->sentence, e->n_figures);
  PlxFigure *figure = figure_at (figures, e->index);

  g_test_message ("%s", e->sentence);
  g_assert_cmpfloat_with_epsilon (figure->value, e->value, 1e-6);
  g_assert_cmpstr (figure->unit, ==, e->unit);
  g_assert_cmpstr (plx_figure_kind_to_string (figure->kind), ==,
                   plx_figure_kind_to_string (e->kind));
  g_assert_cmpstr (plx_figure_status_to_string (figure->status), ==,
                   plx_figure_status_to_string (e->status));
  g_assert_cmpstr (figure->scope, ==, e->scope);
  g_assert_cmpstr (figure->applier, ==, e->applier);
  g_assert_cmpstr (figure->target, ==, e->target);
  g_assert_cmpstr (figure->text, ==, e->text);
}

static PlxFigureKind
kind_of (const char *sentence)
{
  g_autoptr(GArray) figures = extract (sentence, 1);

  return figure_at (figures, 0)->kind;
}

static PlxFigureStatus
status_of (const char *sentence)
{
  g_autoptr(GArray) figures = extract (sentence, 1);

  return figure_at (figures, 0)->status;
}

static char *
scope_of (const char *sentence)
{
  g_autoptr(GArray) figures = extract (sentence, 1);

  return g_strdup (figure_at (figures, 0)->scope);
}

/* ---- How figures are written -------------------------------------- */

static void
test_percent_forms (void)
{
  assert_one ("Washington levied 50% tariffs.", 50, "percent", "50% tariffs");
  assert_one ("Washington levied 50 per cent tariffs.", 50, "percent", "50 per cent tariffs");
  assert_one ("Washington levied fifty percent tariffs.", 50, "percent", "fifty percent tariffs");
  assert_one ("The rate rose 12.5 percent.", 12.5, "percent", "12.5 percent");
}

static void
test_money_forms (void)
{
  assert_one ("It set a $100,000 fee.", 100000, "USD", "$100,000 fee");
  assert_one ("Trade is under $2 billion.", 2e9, "USD", "$2 billion");
  assert_one ("The levy raised Rs 500 crore.", 5e9, "INR", "Rs 500 crore");
  assert_one ("The court set a fine of ₹2 lakh.", 2e5, "INR", "₹2 lakh");
  assert_one ("Brussels imposed a €3m fine.", 3e6, "EUR", "€3m fine");
  assert_one ("A £40 charge applies.", 40, "GBP", "£40 charge");
}

/* The figure after "to" is the new rate; "doubling" says it is in force. */
static void
test_doubling_to (void)
{
  const char *sentence = "Trump singled out India, doubling the country’s overall "
                         "tariff rate to 50 per cent.";
  g_autoptr(GArray) figures = extract (sentence, 1);
  PlxFigure *figure = figure_at (figures, 0);

  g_assert_cmpfloat (figure->value, ==, 50);
  g_assert_cmpint (figure->kind, ==, PLX_FIGURE_TARIFF);
  g_assert_cmpint (figure->status, ==, PLX_STATUS_IMPOSED);
  g_assert_cmpstr (figure->text, ==, "50 per cent");
}

/* start and end point at the words stating the figure. */
static void
test_offsets (void)
{
  const char *sentence = "The measures included an additional 25% penalty linked "
                         "to India’s purchases of Russian energy.";
  g_autoptr(GArray) figures = extract (sentence, 1);
  PlxFigure *figure = figure_at (figures, 0);
  g_autofree char *span = g_strndup (sentence + figure->start, figure->end - figure->start);

  g_assert_cmpstr (span, ==, "additional 25% penalty");
  g_assert_cmpstr (figure->text, ==, span);
}

static void
test_not_figures (void)
{
  g_autoptr(GArray) months = extract ("India, US to resume BTA talks after 5 months.", 0);
  g_autoptr(GArray) top = extract ("It does not feature in India’s top 50 trading partnerships.", 0);
  g_autoptr(GArray) year = extract ("A pact could not be finalised in 2025.", 0);
  g_autoptr(GArray) day = extract ("On Tuesday (January 13), Jaishankar held a call.", 0);
  g_autoptr(GArray) empty = extract ("", 0);
}

/* A percentage that is not a tariff is still a figure: the ledger
 * keeps it, as "other", with no status or scope. */
static void
test_other (void)
{
  g_autoptr(GArray) figures = extract ("Exports led to a 2% rise in GDP.", 1);
  g_autoptr(GArray) growth = extract ("The economy grew 7.8 per cent in the quarter.", 1);
  PlxFigure *figure = figure_at (growth, 0);

  g_assert_cmpint (figure->kind, ==, PLX_FIGURE_OTHER);
  g_assert_cmpint (figure->status, ==, PLX_STATUS_UNKNOWN);
  g_assert_null (figure->scope);
  g_assert_cmpstr (figure->text, ==, "7.8 per cent");
  g_assert_cmpint (figure_at (figures, 0)->kind, ==, PLX_FIGURE_OTHER);
}

/* ---- Kinds -------------------------------------------------------- */

static void
test_kinds (void)
{
  g_assert_cmpint (kind_of ("Trump threatened 50% tariffs."), ==, PLX_FIGURE_TARIFF);
  g_assert_cmpint (kind_of ("A 10% duty on steel."), ==, PLX_FIGURE_TARIFF);
  g_assert_cmpint (kind_of ("It imposed a 25 per cent “reciprocal” tariff."), ==, PLX_FIGURE_TARIFF);
  g_assert_cmpint (kind_of ("It imposed an additional 25 per cent penalty tariff."), ==,
                   PLX_FIGURE_PENALTY);
  g_assert_cmpint (kind_of ("An additional 25% penalty linked to India’s purchases of Russian energy."),
                   ==, PLX_FIGURE_PENALTY);
  g_assert_cmpint (kind_of ("The regulator set a fine of ₹2 lakh."), ==, PLX_FIGURE_PENALTY);
  g_assert_cmpint (kind_of ("A $100,000 fee for H-1B visa applicants."), ==, PLX_FIGURE_FEE);
  g_assert_cmpint (kind_of ("A 5% charge on transfers."), ==, PLX_FIGURE_FEE);
  g_assert_cmpint (kind_of ("Bilateral trade with Iran is currently under $2 billion."), ==,
                   PLX_FIGURE_TRADE_VOLUME);
  g_assert_cmpint (kind_of ("Exports reached $40 billion."), ==, PLX_FIGURE_TRADE_VOLUME);
  g_assert_cmpint (kind_of ("Inflation eased to 4%."), ==, PLX_FIGURE_OTHER);
}

/* The cue is taken from the figure's own clause: a tariff named in
 * another clause does not make a growth rate a tariff. */
static void
test_kind_clause (void)
{
  g_assert_cmpint (kind_of ("Despite the tariffs, the economy grew 6%."), ==, PLX_FIGURE_OTHER);
}

static void
test_kind_names (void)
{
  g_assert_cmpstr (plx_figure_kind_to_string (PLX_FIGURE_TARIFF), ==, "tariff");
  g_assert_cmpstr (plx_figure_kind_to_string (PLX_FIGURE_PENALTY), ==, "penalty");
  g_assert_cmpstr (plx_figure_kind_to_string (PLX_FIGURE_FEE), ==, "fee");
  g_assert_cmpstr (plx_figure_kind_to_string (PLX_FIGURE_TRADE_VOLUME), ==, "trade-volume");
  g_assert_cmpstr (plx_figure_kind_to_string (PLX_FIGURE_OTHER), ==, "other");
}

/* ---- Status ------------------------------------------------------- */

static void
test_status (void)
{
  g_assert_cmpint (status_of ("The US imposed 50% tariffs."), ==, PLX_STATUS_IMPOSED);
  g_assert_cmpint (status_of ("Trump slapped a 25% tariff on steel."), ==, PLX_STATUS_IMPOSED);
  g_assert_cmpint (status_of ("Washington levied 50 per cent tariffs."), ==, PLX_STATUS_IMPOSED);
  g_assert_cmpint (status_of ("Trump hit Indian goods in mid-2025 with 50% tariffs."), ==,
                   PLX_STATUS_IMPOSED);
  g_assert_cmpint (status_of ("The 50% tariffs currently impacting Indian exports."), ==,
                   PLX_STATUS_IMPOSED);
  g_assert_cmpint (status_of ("A 20% tariff is in force."), ==, PLX_STATUS_IMPOSED);
  g_assert_cmpint (status_of ("Trump announced a 25 per cent tariff on India."), ==,
                   PLX_STATUS_ANNOUNCED);
  g_assert_cmpint (status_of ("It followed the announcement of a fresh 25% tariff."), ==,
                   PLX_STATUS_ANNOUNCED);
  g_assert_cmpint (status_of ("The US is threatening 500% tariffs on Russian oil buyers."), ==,
                   PLX_STATUS_THREATENED);
  g_assert_cmpint (status_of ("How US could force India to pay 500% tariff over Russian oil"), ==,
                   PLX_STATUS_THREATENED);
  g_assert_cmpint (status_of ("Trump warned of 100% tariffs."), ==, PLX_STATUS_THREATENED);
  g_assert_cmpint (status_of ("Brussels proposed a 10% levy."), ==, PLX_STATUS_PROPOSED);
  g_assert_cmpint (status_of ("The EU plans to impose a €3m fine."), ==, PLX_STATUS_PROPOSED);
  g_assert_cmpint (status_of ("Ottawa is considering a 25% duty."), ==, PLX_STATUS_PROPOSED);
  g_assert_cmpint (status_of ("The deadline for the 10% tariff passed."), ==, PLX_STATUS_DEADLINE);
  g_assert_cmpint (status_of ("India faces a 25% tariff by August 1."), ==, PLX_STATUS_DEADLINE);
  g_assert_cmpint (status_of ("The US lifted the 20% tariffs on steel."), ==, PLX_STATUS_LIFTED);
  g_assert_cmpint (status_of ("Officials scrapped the 5% surcharge."), ==, PLX_STATUS_LIFTED);
  g_assert_cmpint (status_of ("Mexico rolled back its 30% duty."), ==, PLX_STATUS_LIFTED);
  g_assert_cmpint (status_of ("The measures included a 25% penalty."), ==, PLX_STATUS_UNKNOWN);
}

/* The nearest cue wins, and a cue past a clause break counts less:
 * "..., but the threat appears to have minimal impact". */
static void
test_status_nearest (void)
{
  g_assert_cmpint (status_of ("Trump’s announcement of a fresh 25% tariff on any nation doing "
                              "business with Iran, but the threat appears minimal."),
                   ==, PLX_STATUS_ANNOUNCED);
}

/* A trade volume is not imposed, whatever "currently" says. */
static void
test_status_measures_only (void)
{
  g_assert_cmpint (status_of ("Bilateral trade with Iran is currently under $2 billion."), ==,
                   PLX_STATUS_UNKNOWN);
}

static void
test_status_names (void)
{
  g_assert_cmpstr (plx_figure_status_to_string (PLX_STATUS_IMPOSED), ==, "imposed");
  g_assert_cmpstr (plx_figure_status_to_string (PLX_STATUS_ANNOUNCED), ==, "announced");
  g_assert_cmpstr (plx_figure_status_to_string (PLX_STATUS_THREATENED), ==, "threatened");
  g_assert_cmpstr (plx_figure_status_to_string (PLX_STATUS_PROPOSED), ==, "proposed");
  g_assert_cmpstr (plx_figure_status_to_string (PLX_STATUS_DEADLINE), ==, "deadline");
  g_assert_cmpstr (plx_figure_status_to_string (PLX_STATUS_LIFTED), ==, "lifted");
  g_assert_cmpstr (plx_figure_status_to_string (PLX_STATUS_UNKNOWN), ==, "unknown");
}

/* ---- Scope and parties -------------------------------------------- */

static void
assert_scope (const char *sentence,
              const char *scope)
{
  g_autofree char *found = scope_of (sentence);

  g_test_message ("%s", sentence);
  g_assert_cmpstr (found, ==, scope);
}

static void
test_scopes (void)
{
  assert_scope ("A fresh 25% tariff on any nation doing business with Iran.",
                "nations doing business with iran");
  assert_scope ("It decided to impose a $100,000 fee for H-1B visa applicants.",
                "h-1b visa applicants");
  assert_scope ("The US is threatening 500% tariffs on Russian oil buyers.", "russian oil buyers");
  assert_scope ("Trump imposed sweeping 50% tariffs on a range of Indian goods.", "indian goods");
  assert_scope ("Trump imposed 50% tariffs on Indian goods.", "indian goods");
  assert_scope ("The 50% tariffs currently impacting Indian exports.", "indian goods");
  assert_scope ("Washington levied 50 per cent tariffs on India.", "indian goods");
  assert_scope ("An additional 25 per cent penalty tied to India’s continued imports of Russian oil.",
                "russian oil purchases");
  assert_scope ("A 25% penalty for buying Russian oil.", "russian oil purchases");
  assert_scope ("An additional 25% penalty linked to India’s purchases of Russian energy.",
                "russian oil purchases");
  assert_scope ("Trump singled out India for its purchases of Russian oil, slapping it with "
                "an additional 25 per cent penalty.", "russian oil purchases");
  assert_scope ("A 25% penalty on Russian energy purchases.", "russian oil purchases");
  assert_scope ("The 25% tariff was announced on Monday.", NULL);
  assert_scope ("Inflation eased to 4% on lower food prices.", NULL);
}

static void
test_parties (void)
{
  g_autoptr(GArray) imposed = extract ("Trump imposed a 25 per cent tariff on India.", 1);
  g_autoptr(GArray) capital = extract ("Washington levied 50 per cent tariffs on India.", 1);
  g_autoptr(GArray) administration = extract ("The Trump administration imposed sweeping duties "
                                              "on Indian goods, including a 25% tariff.", 1);
  g_autoptr(GArray) forced = extract ("How US could force India to pay 500% tariff over Russian oil", 1);
  g_autoptr(GArray) pronoun = extract ("They told us about a 25% tariff.", 1);

  g_assert_cmpstr (figure_at (imposed, 0)->applier, ==, "us");
  g_assert_cmpstr (figure_at (imposed, 0)->target, ==, "india");
  g_assert_cmpstr (figure_at (capital, 0)->applier, ==, "us");
  g_assert_cmpstr (figure_at (capital, 0)->target, ==, "india");
  g_assert_cmpstr (figure_at (administration, 0)->applier, ==, "us");
  g_assert_cmpstr (figure_at (administration, 0)->target, ==, "india");
  g_assert_cmpstr (figure_at (forced, 0)->applier, ==, "us");
  g_assert_cmpstr (figure_at (forced, 0)->target, ==, "india");
  /* "us" the pronoun is not the United States. */
  g_assert_null (figure_at (pronoun, 0)->applier);
}

/* ---- The sample corpus -------------------------------------------- */

#define TARIFF PLX_FIGURE_TARIFF
#define PENALTY PLX_FIGURE_PENALTY
#define FEE PLX_FIGURE_FEE
#define TRADE PLX_FIGURE_TRADE_VOLUME
#define IMPOSED PLX_STATUS_IMPOSED
#define ANNOUNCED PLX_STATUS_ANNOUNCED
#define THREATENED PLX_STATUS_THREATENED
#define UNKNOWN PLX_STATUS_UNKNOWN

/* Every figure-bearing body sentence of data/sample, as it stands there. */
static const char *const s000_levied =
  "In September 2025, in their first meeting after the Trump administration levied 50 per cent "
  "tariffs on India and decided to impose a $100,000 fee for H-1B visa applicants, their "
  "conversation covered a range of bilateral and international issues of “current concern” – "
  "indicating that hot-button issues were part of conversation.";
static const char *const s000_force =
  "Editor’s Picks1This Week in Explainers: How US could force India to pay 500% tariff over "
  "Russian oil";
static const char *const s000_april =
  "It all began last April when Trump announced a 25 per cent tariff on India as part of his "
  "Liberation Day.";
static const char *const s000_august =
  "India and the US ties deteriorated further last August when Trump singled out India for its "
  "purchases of Russian oil, slapping it with an additional 25 per cent penalty tariff, doubling "
  "the country’s overall tariff rate to 50 per cent.";
static const char *const s001_imposed =
  "These tensions escalated sharply in mid-2025, when US President Donald Trump imposed sweeping "
  "50% tariffs on a range of Indian goods.";
static const char *const s001_penalty =
  "The measures included an additional 25% penalty linked to India’s purchases of Russian "
  "energy, a move that New Delhi viewed as unilateral and punitive.";
static const char *const s002_exports =
  "The discussion focused on a broad strategic agenda including trade, critical minerals, "
  "nuclear energy, and defense, as both nations attempt to move past the 50% tariffs currently "
  "impacting Indian exports to the United States.";
static const char *const s002_buyers =
  "- Energy Realignment: With the U.S. recently seizing Venezuelan oil fields and threatening "
  "500% tariffs on Russian oil buyers, Jaishankar and Rubio discussed “energy security” as a "
  "mutual priority, with India signaling a willingness to increase purchases of U.S. energy to "
  "narrow the trade gap.";
static const char *const s002_iran =
  "The Jaishankar-Rubio call coincided with President Trump’s announcement of a fresh 25% tariff "
  "on any nation doing business with Iran, but the threat appears to have minimal impact on "
  "India-U.S. negotiations.";
static const char *const s002_trade =
  "- Minimal Exposure: Indian government sources have downplayed the threat, noting that "
  "bilateral trade with Iran is currently under $2 billion and does not feature in India’s top "
  "50 trading partnerships.";
static const char *const s002_imposition =
  "The Jaishankar-Rubio conversation marks a potential turning point in a relationship that had "
  "deteriorated dramatically following Trump’s 50% tariff imposition and harsh economic "
  "characterizations of India.";
static const char *const s003_duties =
  "After months of negotiations leading up to an August 1, 2025 deadline for tariff enforcement, "
  "the Trump administration imposed sweeping duties on Indian goods, including a 25 per cent "
  "“reciprocal” tariff and an additional 25 per cent penalty tied to India’s continued imports "
  "of Russian oil, bringing the total to around 50 per cent, one of the highest rates faced by "
  "any trading partner.";
static const char *const s004_hit =
  "India-US relations have been buffeted by strains not witnessed in about two decades after "
  "President Donald Trump hit Indian goods in mid-2025 with 50% tariffs, including a 25% "
  "penalty on Russian energy purchases.";

static void
test_seeds (void)
{
  const Expected expected[] = {
    { s000_levied, 2, 0, 50, "percent", TARIFF, IMPOSED, "indian goods", "us", "india",
      "50 per cent tariffs" },
    { s000_levied, 2, 1, 1e5, "USD", FEE, IMPOSED, "h-1b visa applicants", "us", "india",
      "$100,000 fee" },
    { s000_force, 1, 0, 500, "percent", TARIFF, THREATENED, "russian oil buyers", "us", "india",
      "500% tariff" },
    { s000_april, 1, 0, 25, "percent", TARIFF, ANNOUNCED, "indian goods", "us", "india",
      "25 per cent tariff" },
    { s000_august, 2, 0, 25, "percent", PENALTY, IMPOSED, "russian oil purchases", "us", "india",
      "additional 25 per cent penalty tariff" },
    { s000_august, 2, 1, 50, "percent", TARIFF, IMPOSED, "indian goods", "us", "india",
      "50 per cent" },
    { s001_imposed, 1, 0, 50, "percent", TARIFF, IMPOSED, "indian goods", "us", "india",
      "50% tariffs" },
    { s001_penalty, 1, 0, 25, "percent", PENALTY, UNKNOWN, "russian oil purchases", NULL, "india",
      "additional 25% penalty" },
    { s002_exports, 1, 0, 50, "percent", TARIFF, IMPOSED, "indian goods", NULL, "india",
      "50% tariffs" },
    { s002_buyers, 1, 0, 500, "percent", TARIFF, THREATENED, "russian oil buyers", "us", NULL,
      "500% tariffs" },
    { s002_iran, 1, 0, 25, "percent", TARIFF, ANNOUNCED, "nations doing business with iran",
      "us", NULL, "fresh 25% tariff" },
    { s002_trade, 1, 0, 2e9, "USD", TRADE, UNKNOWN, NULL, NULL, NULL, "$2 billion" },
    { s002_imposition, 1, 0, 50, "percent", TARIFF, IMPOSED, NULL, "us", NULL, "50% tariff" },
    { s003_duties, 3, 0, 25, "percent", TARIFF, IMPOSED, "indian goods", "us", "india",
      "25 per cent “reciprocal” tariff" },
    { s003_duties, 3, 1, 25, "percent", PENALTY, IMPOSED, "russian oil purchases", "us", "india",
      "additional 25 per cent penalty" },
    { s003_duties, 3, 2, 50, "percent", TARIFF, IMPOSED, "indian goods", "us", "india",
      "50 per cent" },
    { s004_hit, 2, 0, 50, "percent", TARIFF, IMPOSED, "indian goods", "us", "india",
      "50% tariffs" },
    { s004_hit, 2, 1, 25, "percent", PENALTY, IMPOSED, "russian oil purchases", "us", "india",
      "25% penalty" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    assert_expected (&expected[i]);
}

/* The test: a 25% reciprocal tariff, a 25% penalty for buying
 * Russian oil and a 25% tariff on nations trading with Iran are three
 * ledger entries, told apart by kind and scope. */
static void
test_three_twenty_fives (void)
{
  g_autoptr(GArray) reciprocal = extract (s003_duties, 3);
  g_autoptr(GArray) iran = extract (s002_iran, 1);
  const PlxFigure *figures[] = {
    figure_at (reciprocal, 0), figure_at (reciprocal, 1), figure_at (iran, 0),
  };

  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    for (guint j = i + 1; j < G_N_ELEMENTS (figures); j++)
      {
        g_assert_cmpfloat (figures[i]->value, ==, figures[j]->value);
        g_assert_true (figures[i]->kind != figures[j]->kind
                       || g_strcmp0 (figures[i]->scope, figures[j]->scope) != 0);
      }
}

/* Which of the five outlets state a figure of this value, kind and
 * scope in their bodies. */
static guint
count_outlets (double         value,
               PlxFigureKind  kind,
               const char    *scope)
{
  g_autoptr(GDir) dir = g_dir_open (SAMPLE_DIR, 0, NULL);
  const char *name;
  guint outlets = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (SAMPLE_DIR, name, NULL);
      g_autofree char *text = NULL;
      g_autoptr(GArray) spans = NULL;
      gsize length;
      gboolean found = FALSE;

      if (!g_str_has_suffix (name, ".txt"))
        continue;
      g_assert_true (g_file_get_contents (path, &text, &length, NULL));
      spans = plx_segment_text (text, length, "en");
      for (guint i = 0; i < spans->len && !found; i++)
        {
          g_autofree char *sentence = plx_span_dup_text (text, &g_array_index (spans, PlxSpan, i));
          g_autoptr(GArray) figures = plx_extract_figures (sentence, "en");

          for (guint f = 0; f < figures->len; f++)
            {
              PlxFigure *figure = figure_at (figures, f);

              found |= figure->value == value && figure->kind == kind
                       && g_strcmp0 (figure->scope, scope) == 0;
            }
        }
      outlets += found;
    }

  return outlets;
}

static void
test_samples (void)
{
  g_assert_cmpuint (count_outlets (50, TARIFF, "indian goods"), ==, 5);
  g_assert_cmpuint (count_outlets (25, PENALTY, "russian oil purchases"), ==, 4);
  g_assert_cmpuint (count_outlets (25, TARIFF, "indian goods"), ==, 2);
  g_assert_cmpuint (count_outlets (500, TARIFF, "russian oil buyers"), ==, 2);
  g_assert_cmpuint (count_outlets (25, TARIFF, "nations doing business with iran"), ==, 1);
  g_assert_cmpuint (count_outlets (1e5, FEE, "h-1b visa applicants"), ==, 1);
  g_assert_cmpuint (count_outlets (2e9, TRADE, NULL), ==, 1);
}

/* German has its own cue words (figure-kinds-de.json); a language
 * without any still gets its figures, of kind "other". */
static void
test_other_language (void)
{
  g_autoptr(GArray) figures = plx_extract_figures ("Die USA verhängten Zölle von 50 Prozent.", "de");
  g_autoptr(GArray) italian = plx_extract_figures ("Gli USA hanno imposto dazi del 50%.", "it");

  g_assert_cmpuint (figures->len, ==, 1);
  g_assert_cmpfloat (figure_at (figures, 0)->value, ==, 50);
  g_assert_cmpstr (figure_at (figures, 0)->unit, ==, "percent");
  g_assert_cmpint (figure_at (figures, 0)->kind, ==, PLX_FIGURE_TARIFF);

  g_assert_cmpuint (italian->len, ==, 1);
  g_assert_cmpfloat (figure_at (italian, 0)->value, ==, 50);
  g_assert_cmpint (figure_at (italian, 0)->kind, ==, PLX_FIGURE_OTHER);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/figures/forms/percent", test_percent_forms);
  g_test_add_func ("/figures/forms/money", test_money_forms);
  g_test_add_func ("/figures/forms/doubling-to", test_doubling_to);
  g_test_add_func ("/figures/offsets", test_offsets);
  g_test_add_func ("/figures/not-figures", test_not_figures);
  g_test_add_func ("/figures/other", test_other);
  g_test_add_func ("/figures/kind/cues", test_kinds);
  g_test_add_func ("/figures/kind/clause", test_kind_clause);
  g_test_add_func ("/figures/kind/names", test_kind_names);
  g_test_add_func ("/figures/status/cues", test_status);
  g_test_add_func ("/figures/status/nearest", test_status_nearest);
  g_test_add_func ("/figures/status/measures-only", test_status_measures_only);
  g_test_add_func ("/figures/status/names", test_status_names);
  g_test_add_func ("/figures/scope", test_scopes);
  g_test_add_func ("/figures/parties", test_parties);
  g_test_add_func ("/figures/seeds", test_seeds);
  g_test_add_func ("/figures/seeds/three-twenty-fives", test_three_twenty_fives);
  g_test_add_func ("/figures/samples", test_samples);
  g_test_add_func ("/figures/other-language", test_other_language);

  return g_test_run ();
}
