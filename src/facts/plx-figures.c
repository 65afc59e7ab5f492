/* plx-figures.c: tariff rates, money and other figures in a sentence
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "plx-data.h"
#include "plx-figures.h"
#include "plx-tokens.h"

/* The tokenizer has already merged every amount into one NUMBER token
 * with a canonical form ("50 per cent" -> "50%", "$2 billion" ->
 * "2000000000 usd"), so a figure is a NUMBER token whose form ends in
 * "%" or a currency code; plain numbers (years, days, "5 months") are
 * not figures.
 *
 * Everything else comes from the words around the figure, matched
 * against phrase lists in data/rules/figure-*-en.json (their "about"
 * fields say how each is used):
 *
 *  - kind: the nearest cue word in the figure's clause ("25% penalty
 *    tariff" is a penalty: "penalty" is nearer);
 *  - status: the nearest verb or modal ("threatening", "hit ... with");
 *  - scope: a canonical phrase ("india's purchases of russian energy"
 *    -> "russian oil purchases"), or the words after a preposition;
 *  - applier and target: the parties named before the figure.
 *
 * A clause is the stretch between commas, semicolons, colons, dashes
 * and words such as "but"; cues never reach past another figure, so
 * that in "a 25% tariff and a 25% penalty" each figure keeps its own. */

#define GAP_MAX 8    /* words between the two halves of "hit ... with" */
#define PREP_REACH 2 /* words between a figure and its preposition */

/* ---- Rules -------------------------------------------------------- */

/* One phrase of a data file: words matched against token keys. */
typedef struct
{
  char **words;
  char **after;    /* the half after a "..." gap, or NULL */
  int    tag;      /* PlxFigureKind or PlxFigureStatus */
  char  *value;    /* a canonical scope or a party code */
  char  *party;    /* the target a scope names ("indian goods"), or NULL */
  gboolean name;   /* a party's name: case tells "US" from "us" */
} Phrase;

/* The phrases of one list, in their data file's order, indexed by
 * their first word: a sentence looks each of its tokens up once
 * instead of comparing it with every phrase (the scopes alone are
 * hundreds, one per country and demonym). */
typedef struct
{
  GPtrArray  *phrases;
  GHashTable *by_first;     /* first word -> GArray of guint: phrases, in order */
  gboolean    month_first;  /* a phrase starts with "{month}": month tokens try all */
  gboolean    empty;        /* an empty phrase matches at every token */
} PhraseList;

typedef struct
{
  PhraseList *kinds;
  GHashTable *modifiers;
  GHashTable *aggregates;
  GHashTable *clause_words;
  PhraseList *statuses;
  PhraseList *scopes;
  PhraseList *prepositions;
  GHashTable *scope_stops;
  GHashTable *scope_drops;
  GPtrArray  *rewrites;       /* pairs of strings: from, to */
  guint       scope_max_words;
  char       *country_scope;  /* "{demonym} goods" */
  PhraseList *appliers;
  PhraseList *countries;
  GHashTable *demonyms;       /* code -> demonym */
} Rules;

static const char *const kind_names[] = {
  [PLX_FIGURE_TARIFF] = "tariff",
  [PLX_FIGURE_PENALTY] = "penalty",
  [PLX_FIGURE_FEE] = "fee",
  [PLX_FIGURE_TRADE_VOLUME] = "trade-volume",
  [PLX_FIGURE_OTHER] = "other",
};

static const char *const status_names[] = {
  [PLX_STATUS_UNKNOWN] = "unknown",
  [PLX_STATUS_IMPOSED] = "imposed",
  [PLX_STATUS_ANNOUNCED] = "announced",
  [PLX_STATUS_THREATENED] = "threatened",
  [PLX_STATUS_PROPOSED] = "proposed",
  [PLX_STATUS_DEADLINE] = "deadline",
  [PLX_STATUS_LIFTED] = "lifted",
};

static int
name_index (const char *const *names,
            guint              n_names,
            const char        *name)
{
  for (guint i = 0; i < n_names; i++)
    if (g_strcmp0 (names[i], name) == 0)
      return (int) i;

  return -1;
}

static void
phrase_free (gpointer data)
{
  Phrase *phrase = data;

  g_strfreev (phrase->words);
  g_strfreev (phrase->after);
  g_free (phrase->value);
  g_free (phrase->party);
  g_free (phrase);
}

static char *
replace (const char *text,
         const char *placeholder,
         const char *with)
{
  g_auto(GStrv) parts = g_strsplit (text, placeholder, -1);

  return g_strjoinv (with, parts);
}

/* "hit ... with" -> words "hit", after "with" */
static Phrase *
phrase_new (const char *text,
            int         tag,
            const char *value,
            const char *party)
{
  Phrase *phrase = g_new0 (Phrase, 1);
  g_auto(GStrv) halves = g_strsplit (text, " ... ", 2);

  phrase->words = g_strsplit (halves[0], " ", -1);
  if (halves[1] != NULL)
    phrase->after = g_strsplit (halves[1], " ", -1);
  phrase->tag = tag;
  phrase->value = g_strdup (value);
  phrase->party = g_strdup (party);

  return phrase;
}

/* Lists live as long as the process (see get_rules()): never freed. */
static PhraseList *
phrase_list_new (void)
{
  PhraseList *list = g_new0 (PhraseList, 1);

  list->phrases = g_ptr_array_new_with_free_func (phrase_free);
  list->by_first = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                          (GDestroyNotify) g_array_unref);

  return list;
}

static const Phrase *
phrase_list_get (const PhraseList *list,
                 guint             i)
{
  return g_ptr_array_index (list->phrases, i);
}

static void
phrase_list_add (PhraseList *list,
                 Phrase     *phrase)
{
  const char *first = phrase->words[0];
  guint index = list->phrases->len;
  GArray *same_first;

  g_ptr_array_add (list->phrases, phrase);
  if (first == NULL)
    {
      list->empty = TRUE;
      return;
    }
  if (strcmp (first, "{month}") == 0)
    list->month_first = TRUE;

  same_first = g_hash_table_lookup (list->by_first, first);
  if (same_first == NULL)
    {
      same_first = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (list->by_first, (gpointer) first, same_first);
    }
  g_array_append_val (same_first, index);
}

static void
add_phrases (PhraseList *list,
             JsonArray  *texts,
             int         tag,
             const char *value,
             gboolean    name)
{
  for (guint i = 0; texts != NULL && i < json_array_get_length (texts); i++)
    {
      Phrase *phrase = phrase_new (json_array_get_string_element (texts, i), tag, value, NULL);

      phrase->name = name;
      phrase_list_add (list, phrase);
    }
}

static GHashTable *
string_set (JsonArray *texts)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; texts != NULL && i < json_array_get_length (texts); i++)
    g_hash_table_add (set, g_strdup (json_array_get_string_element (texts, i)));

  return set;
}

/* Kind cues are compared with tokens' normal forms: the file's words
 * are normalised the same way (a Hindi nukta letter is decomposed). */
static JsonArray *
normalised_array (JsonArray *texts)
{
  JsonArray *array = json_array_sized_new (json_array_get_length (texts));

  for (guint i = 0; i < json_array_get_length (texts); i++)
    {
      g_autofree char *norm = plx_normalise_text (json_array_get_string_element (texts, i), -1);

      json_array_add_string_element (array, norm);
    }

  return array;
}

static void
load_kinds (Rules      *rules,
            const char *file)
{
  g_autoptr(JsonObject) root = plx_data_load_json (file);
  JsonObject *kinds = json_object_get_object_member (root, "kinds");
  g_autoptr(GList) names = json_object_get_members (kinds);

  rules->kinds = phrase_list_new ();
  for (GList *l = names; l != NULL; l = l->next)
    {
      int kind = name_index (kind_names, G_N_ELEMENTS (kind_names), l->data);
      g_autoptr(JsonArray) cues = NULL;

      g_assert (kind >= 0);
      cues = normalised_array (json_object_get_array_member (kinds, l->data));
      add_phrases (rules->kinds, cues, kind, NULL, FALSE);
    }
  rules->modifiers = string_set (json_object_get_array_member (root, "modifiers"));
  rules->aggregates = string_set (json_object_get_array_member (root, "aggregates"));
  rules->clause_words = string_set (json_object_get_array_member (root, "clause_words"));
}

static void
load_statuses (Rules *rules)
{
  g_autoptr(JsonObject) root = plx_data_load_json ("figure-status-en.json");
  JsonObject *statuses = json_object_get_object_member (root, "status");
  g_autoptr(GList) names = json_object_get_members (statuses);

  rules->statuses = phrase_list_new ();
  for (GList *l = names; l != NULL; l = l->next)
    {
      int status = name_index (status_names, G_N_ELEMENTS (status_names), l->data);

      g_assert (status > 0);
      add_phrases (rules->statuses, json_object_get_array_member (statuses, l->data),
                   status, NULL, FALSE);
    }
}

static void
load_parties (Rules *rules)
{
  g_autoptr(JsonObject) root = plx_data_load_json ("figure-parties-en.json");
  JsonObject *appliers = json_object_get_object_member (root, "appliers");
  JsonObject *countries = json_object_get_object_member (root, "countries");
  g_autoptr(GList) applier_codes = json_object_get_members (appliers);
  g_autoptr(GList) country_codes = json_object_get_members (countries);

  rules->appliers = phrase_list_new ();
  for (GList *l = applier_codes; l != NULL; l = l->next)
    add_phrases (rules->appliers, json_object_get_array_member (appliers, l->data), 0, l->data, TRUE);

  rules->countries = phrase_list_new ();
  rules->demonyms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (GList *l = country_codes; l != NULL; l = l->next)
    {
      JsonObject *country = json_object_get_object_member (countries, l->data);

      add_phrases (rules->countries, json_object_get_array_member (country, "names"), 0, l->data, TRUE);
      g_hash_table_insert (rules->demonyms, g_strdup (l->data),
                           g_strdup (json_object_get_string_member (country, "demonym")));
    }
}

/* A scope phrase with "{demonym}" or "{country}" stands for one phrase
 * per country, whose target is that country. */
static void
add_scope_phrase (Rules      *rules,
                  const char *text,
                  const char *scope)
{
  GHashTableIter iter;
  gpointer code, demonym;

  if (strstr (text, "{demonym}") == NULL && strstr (text, "{country}") == NULL)
    {
      phrase_list_add (rules->scopes, phrase_new (text, 0, scope, NULL));
      return;
    }

  g_hash_table_iter_init (&iter, rules->demonyms);
  while (g_hash_table_iter_next (&iter, &code, &demonym))
    {
      g_autofree char *value = replace (scope, "{demonym}", demonym);
      g_autofree char *by_demonym = replace (text, "{demonym}", demonym);

      if (strstr (text, "{country}") == NULL)
        {
          phrase_list_add (rules->scopes, phrase_new (by_demonym, 0, value, code));
          continue;
        }
      for (guint i = 0; i < rules->countries->phrases->len; i++)
        {
          const Phrase *country = phrase_list_get (rules->countries, i);
          g_autofree char *name = g_strjoinv (" ", country->words);
          g_autofree char *by_name = NULL;

          if (strcmp (country->value, code) != 0)
            continue;
          by_name = replace (text, "{country}", name);
          phrase_list_add (rules->scopes, phrase_new (by_name, 0, value, code));
        }
    }
}

static void
load_scopes (Rules *rules)
{
  g_autoptr(JsonObject) root = plx_data_load_json ("figure-scopes-en.json");
  JsonArray *scopes = json_object_get_array_member (root, "scopes");
  JsonArray *rewrites = json_object_get_array_member (root, "rewrites");

  rules->scopes = phrase_list_new ();
  for (guint i = 0; i < json_array_get_length (scopes); i++)
    {
      JsonObject *entry = json_array_get_object_element (scopes, i);
      const char *scope = json_object_get_string_member (entry, "scope");
      JsonArray *phrases = json_object_get_array_member (entry, "phrases");

      for (guint j = 0; j < json_array_get_length (phrases); j++)
        add_scope_phrase (rules, json_array_get_string_element (phrases, j), scope);
    }

  rules->prepositions = phrase_list_new ();
  add_phrases (rules->prepositions, json_object_get_array_member (root, "prepositions"),
               0, NULL, FALSE);
  rules->scope_stops = string_set (json_object_get_array_member (root, "stop_words"));
  rules->scope_drops = string_set (json_object_get_array_member (root, "drop_leading"));
  rules->rewrites = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < json_array_get_length (rewrites); i++)
    {
      JsonArray *pair = json_array_get_array_element (rewrites, i);

      g_ptr_array_add (rules->rewrites, g_strdup (json_array_get_string_element (pair, 0)));
      g_ptr_array_add (rules->rewrites, g_strdup (json_array_get_string_element (pair, 1)));
    }
  rules->scope_max_words = (guint) json_object_get_int_member (root, "max_words");
  rules->country_scope = g_strdup (json_object_get_string_member (root, "country_scope"));
}

/* The languages with cue words for a figure's kind:
 * data/rules/figure-kinds-LL.json. The first is English, whose lists
 * of statuses, parties and scopes every language uses for now. */
static const char *const kind_languages[] = { "en", "de", "fr", "es", "hi" };

static int
kind_language_index (const char *language)
{
  if (language == NULL)
    return 0;
  if (strlen (language) < 2 || (language[2] != '\0' && language[2] != '-' && language[2] != '_'))
    return -1;
  for (guint i = 0; i < G_N_ELEMENTS (kind_languages); i++)
    if (g_ascii_strncasecmp (language, kind_languages[i], 2) == 0)
      return (int) i;

  return -1;
}

static const Rules *get_rules (int language);

static Rules *
rules_new (int language)
{
  g_autofree char *file = g_strdup_printf ("figure-kinds-%s.json", kind_languages[language]);
  Rules *loaded = g_new0 (Rules, 1);

  if (language > 0)
    {
      const Rules *english = get_rules (0);

      /* Shared, never freed: the rules live as long as the process. */
      *loaded = *english;
    }
  else
    {
      load_statuses (loaded);
      load_parties (loaded);
      load_scopes (loaded);
    }
  load_kinds (loaded, file);

  return loaded;
}

/* Loaded once per process and language, thread-safely: the ledger
 * extracts figures from worker threads. Languages without cue words
 * still get their figures, of kind "other". */
static const Rules *
get_rules (int language)
{
  static gsize rules[G_N_ELEMENTS (kind_languages)];

  if (g_once_init_enter (&rules[language]))
    g_once_init_leave (&rules[language], (gsize) rules_new (language));

  return (const Rules *) rules[language];
}

/* ---- The sentence ------------------------------------------------- */

typedef struct
{
  const char  *text;
  const Rules *rules;
  gboolean     has_kinds;     /* the language has cue words for kinds */
  GArray      *tokens;
  GPtrArray   *keys;          /* per token: norm without a possessive 's */
  guint       *clause;        /* per token: clause number */
  guint       *figures_before; /* per token: figures before it */
  gboolean    *is_figure;
} Sentence;

/* A phrase found in the sentence. For "hit ... with", start and end
 * are those of "with": distances count from there. */
typedef struct
{
  guint         start;
  guint         end;
  const Phrase *phrase;
} Match;

static void
sentence_clear (Sentence *s)
{
  g_clear_pointer (&s->tokens, g_array_unref);
  g_clear_pointer (&s->keys, g_ptr_array_unref);
  g_clear_pointer (&s->clause, g_free);
  g_clear_pointer (&s->figures_before, g_free);
  g_clear_pointer (&s->is_figure, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Sentence, sentence_clear)

static const PlxToken *
token_at (const Sentence *s,
          guint           i)
{
  return &g_array_index (s->tokens, PlxToken, i);
}

static const char *
key_at (const Sentence *s,
        guint           i)
{
  return g_ptr_array_index (s->keys, i);
}

static gboolean
is_quote (const PlxToken *token)
{
  return (token->flags & (PLX_TOKEN_FLAG_OPEN_QUOTE | PLX_TOKEN_FLAG_CLOSE_QUOTE)) != 0
         || (token->kind == PLX_TOKEN_PUNCT
             && (strcmp (token->norm, "\"") == 0 || strcmp (token->norm, "'") == 0));
}

/* "50%" -> 50, "percent"; "2000000000 usd" -> 2e9, "USD". */
static gboolean
parse_figure (const PlxToken *token,
              double         *value,
              char          **unit)
{
  const char *norm = token->norm;
  gsize len = strlen (norm);
  const char *space;
  char *end;

  if (token->kind != PLX_TOKEN_NUMBER || len < 2)
    return FALSE;

  *value = g_ascii_strtod (norm, &end);
  if (end == norm)
    return FALSE;
  if (strcmp (end, "%") == 0)
    {
      *unit = g_strdup ("percent");
      return TRUE;
    }
  space = strchr (norm, ' ');
  if (space == NULL || end != space || strlen (space + 1) != 3)
    return FALSE;
  *unit = g_ascii_strup (space + 1, -1);

  return TRUE;
}

static gboolean
is_clause_break (const Sentence *s,
                 guint           i)
{
  const PlxToken *token = token_at (s, i);
  static const char *const marks[] = { ",", ";", ":", "(", ")", "-", "|", "[", "]" };

  if (token->kind == PLX_TOKEN_WORD)
    return g_hash_table_contains (s->rules->clause_words, token->norm);
  if (token->kind != PLX_TOKEN_PUNCT)
    return FALSE;
  for (guint m = 0; m < G_N_ELEMENTS (marks); m++)
    if (strcmp (token->norm, marks[m]) == 0)
      return TRUE;

  return FALSE;
}

static void
sentence_init (Sentence    *s,
               const char  *text,
               GArray      *tokens,
               const char  *language)
{
  guint n, clause = 0, figures = 0;

  s->text = text;
  s->has_kinds = kind_language_index (language) >= 0;
  s->rules = get_rules (MAX (kind_language_index (language), 0));
  s->tokens = g_array_ref (tokens);
  n = s->tokens->len;
  s->keys = g_ptr_array_new_full (n, g_free);
  s->clause = g_new0 (guint, n + 1);
  s->figures_before = g_new0 (guint, n + 1);
  s->is_figure = g_new0 (gboolean, n + 1);

  for (guint i = 0; i < n; i++)
    {
      const PlxToken *token = token_at (s, i);
      double value;
      g_autofree char *unit = NULL;

      if (g_str_has_suffix (token->norm, "'s"))
        g_ptr_array_add (s->keys, g_strndup (token->norm, strlen (token->norm) - 2));
      else
        g_ptr_array_add (s->keys, g_strdup (token->norm));
      if (is_clause_break (s, i))
        clause++;
      s->clause[i] = clause;
      s->figures_before[i] = figures;
      s->is_figure[i] = parse_figure (token, &value, &unit);
      figures += s->is_figure[i];
    }
  s->figures_before[n] = figures;
}

/* Another figure strictly between tokens @a and @b. */
static gboolean
figure_between (const Sentence *s,
                guint           a,
                guint           b)
{
  if (a > b)
    return figure_between (s, b, a);

  return s->figures_before[b] - s->figures_before[MIN (a + 1, b)] > 0;
}

/* ---- Matching phrases --------------------------------------------- */

static gboolean
word_matches (const Sentence *s,
              guint           i,
              const char     *word,
              gboolean        name)
{
  const PlxToken *token = token_at (s, i);

  if (strcmp (word, "{month}") == 0)
    return (token->flags & PLX_TOKEN_FLAG_MONTH) != 0;
  if (strcmp (key_at (s, i), word) != 0)
    return FALSE;
  /* A name is capitalised: "US" the country, not "us" the pronoun. */
  if (name)
    return (token->flags & PLX_TOKEN_FLAG_CAPITALISED) != 0;

  return TRUE;
}

/* Whether @words start at token @i (quotation marks are skipped);
 * where they end. */
static gboolean
words_match (const Sentence *s,
             guint           i,
             char          **words,
             gboolean        name,
             guint          *end)
{
  guint n = s->tokens->len;

  for (guint w = 0; words[w] != NULL; w++, i++)
    {
      while (w > 0 && i < n && is_quote (token_at (s, i)))
        i++;
      if (i >= n || !word_matches (s, i, words[w], name && w == 0))
        return FALSE;
    }
  *end = i;

  return TRUE;
}

static gboolean
gap_match (const Sentence *s,
           const Phrase   *phrase,
           guint           from,
           Match          *match)
{
  guint n = s->tokens->len;

  for (guint j = from; j < n && j <= from + GAP_MAX; j++)
    {
      guint end;

      if (s->clause[j] != s->clause[from] || s->is_figure[j])
        return FALSE;
      if (words_match (s, j, phrase->after, FALSE, &end))
        {
          match->start = j;
          match->end = end;
          return TRUE;
        }
    }

  return FALSE;
}

static void
try_phrase (const Sentence *s,
            guint           i,
            const Phrase   *phrase,
            GArray         *matches)
{
  Match match = { i, 0, phrase };

  if (!words_match (s, i, phrase->words, phrase->name, &match.end))
    return;
  if (phrase->after != NULL && !gap_match (s, phrase, match.end, &match))
    return;
  g_array_append_val (matches, match);
}

/* Every phrase of @list found in the sentence, by token, then in the
 * list's order. Only the phrases whose first word is the token's key
 * can start there, but for a "{month}" or an empty phrase. */
static GArray *
find_phrases (const Sentence   *s,
              const PhraseList *list)
{
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (Match));

  for (guint i = 0; i < s->tokens->len; i++)
    {
      GArray *candidates;

      if (list->empty || (list->month_first && (token_at (s, i)->flags & PLX_TOKEN_FLAG_MONTH)))
        {
          for (guint p = 0; p < list->phrases->len; p++)
            try_phrase (s, i, phrase_list_get (list, p), matches);
          continue;
        }

      candidates = g_hash_table_lookup (list->by_first, key_at (s, i));
      for (guint c = 0; candidates != NULL && c < candidates->len; c++)
        try_phrase (s, i, phrase_list_get (list, g_array_index (candidates, guint, c)), matches);
    }

  return matches;
}

/* ---- Nearest cues ------------------------------------------------- */

typedef enum
{
  NEAR_CLAUSE = 1 << 0,   /* only in the figure's clause */
  NEAR_BEFORE = 1 << 1,   /* only before the figure */
  NEAR_CROSS  = 1 << 2,   /* may reach past other figures */
} NearFlags;

/* The match nearest to the figure at token @at; at equal distance the
 * one after it ("25% penalty tariff"). */
static const Match *
nearest (const Sentence *s,
         GArray         *matches,
         guint           at,
         NearFlags       flags)
{
  const Match *best = NULL;
  guint best_distance = G_MAXUINT;

  for (guint m = 0; m < matches->len; m++)
    {
      const Match *match = &g_array_index (matches, Match, m);
      gboolean after = match->start > at;
      guint edge = after ? match->start : match->end - 1;
      guint distance = after ? match->start - at : at - edge;

      if (match->start <= at && match->end > at)
        continue;
      if (after && (flags & NEAR_BEFORE))
        continue;
      if ((flags & NEAR_CLAUSE) && s->clause[edge] != s->clause[at])
        continue;
      if (!(flags & NEAR_CROSS) && figure_between (s, edge, at))
        continue;
      /* At equal distance: after the figure, then the longer phrase
       * ("plans to impose" over "impose"). */
      if (distance < best_distance
          || (distance == best_distance && after && best->start < at)
          || (distance == best_distance && after == (best->start > at)
              && match->end - match->start > best->end - best->start))
        {
          best = match;
          best_distance = distance;
        }
    }

  return best;
}

static gboolean
clause_has_word (const Sentence *s,
                 guint           at,
                 GHashTable     *words)
{
  for (guint i = 0; i < s->tokens->len; i++)
    if (s->clause[i] == s->clause[at] && g_hash_table_contains (words, key_at (s, i)))
      return TRUE;

  return FALSE;
}

static PlxFigureKind
find_kind (const Sentence *s,
           GArray         *cues,
           guint           at)
{
  const Match *cue = nearest (s, cues, at, NEAR_CLAUSE);

  if (cue != NULL)
    return cue->phrase->tag;
  /* "bringing the total to 50 per cent" sums what the sentence named
   * first ("sweeping duties ..., including ..."). */
  if (cues->len > 0 && clause_has_word (s, at, s->rules->aggregates))
    return g_array_index (cues, Match, 0).phrase->tag;

  return PLX_FIGURE_OTHER;
}

static PlxFigureStatus
find_status (const Sentence *s,
             GArray         *cues,
             guint           at)
{
  const Match *cue = nearest (s, cues, at, NEAR_CLAUSE);

  if (cue == NULL)
    cue = nearest (s, cues, at, NEAR_BEFORE | NEAR_CROSS);

  return cue != NULL ? cue->phrase->tag : PLX_STATUS_UNKNOWN;
}

/* ---- The words stating a figure ----------------------------------- */

/* The figure token, a modifier before it and the kind nouns right
 * after it: "additional 25 per cent penalty tariff". */
static void
find_span (const Sentence *s,
           GArray         *cues,
           guint           at,
           guint          *first,
           guint          *last)
{
  gboolean extended = TRUE;

  *first = at;
  *last = at;
  if (at > 0 && g_hash_table_contains (s->rules->modifiers, key_at (s, at - 1)))
    *first = at - 1;

  while (extended)
    {
      extended = FALSE;
      for (guint m = 0; m < cues->len; m++)
        {
          const Match *cue = &g_array_index (cues, Match, m);
          guint next = *last + 1;

          while (next < s->tokens->len && is_quote (token_at (s, next)))
            next++;
          if (cue->start == next && cue->phrase->after == NULL)
            {
              *last = cue->end - 1;
              extended = TRUE;
            }
        }
    }
  /* A closing quotation mark belongs to the words it closes. */
  if (*last + 1 < s->tokens->len
      && (token_at (s, *last + 1)->flags & PLX_TOKEN_FLAG_CLOSE_QUOTE)
      && *last > at)
    *last += 1;
}

/* ---- Scope, applier and target ------------------------------------ */

static const Match *
country_at (GArray *countries,
            guint   i)
{
  for (guint m = 0; m < countries->len; m++)
    {
      const Match *match = &g_array_index (countries, Match, m);

      if (match->start == i)
        return match;
    }

  return NULL;
}

static char *
country_scope (const Sentence *s,
               const char     *code)
{
  const char *demonym = g_hash_table_lookup (s->rules->demonyms, code);

  return demonym != NULL ? replace (s->rules->country_scope, "{demonym}", demonym) : NULL;
}

/* "any nation doing business with iran" -> "nations doing business
 * with iran". */
static char *
tidy_scope (const Sentence *s,
            GPtrArray      *words)
{
  g_autofree char *joined = NULL;
  g_autofree char *padded = NULL;
  g_auto(GStrv) split = NULL;
  guint first = 0;

  g_ptr_array_add (words, NULL);
  joined = g_strjoinv (" ", (char **) words->pdata);
  padded = g_strconcat (" ", joined, " ", NULL);
  for (guint r = 0; r + 1 < s->rules->rewrites->len; r += 2)
    {
      g_autofree char *from = g_strconcat (" ", g_ptr_array_index (s->rules->rewrites, r), " ", NULL);
      const char *to_word = g_ptr_array_index (s->rules->rewrites, r + 1);
      g_autofree char *to = g_strconcat (" ", to_word, *to_word ? " " : "", NULL);
      char *next = replace (padded, from, to);

      g_free (padded);
      padded = next;
    }
  split = g_strsplit (g_strstrip (padded), " ", -1);
  while (split[first] != NULL && g_hash_table_contains (s->rules->scope_drops, split[first]))
    first++;

  return split[first] != NULL && *split[first] != '\0' ? g_strjoinv (" ", split + first) : NULL;
}

/* The words after a preposition that follows the figure's text:
 * "a $100,000 fee for H-1B visa applicants". A country there is the
 * target ("tariffs on India"). */
static char *
free_scope (const Sentence *s,
            GArray         *prepositions,
            GArray         *countries,
            guint           last,
            char          **target)
{
  const Match *prep = NULL;
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  const Match *country;

  for (guint m = 0; m < prepositions->len && prep == NULL; m++)
    {
      const Match *match = &g_array_index (prepositions, Match, m);

      if (match->start > last && match->start <= last + 1 + PREP_REACH
          && s->clause[match->start] == s->clause[last]
          && !figure_between (s, last, match->start))
        prep = match;
    }
  if (prep == NULL)
    return NULL;

  country = country_at (countries, prep->end);
  if (country != NULL
      && (country->end >= s->tokens->len
          || token_at (s, country->end)->kind == PLX_TOKEN_PUNCT
          || g_hash_table_contains (s->rules->scope_stops, key_at (s, country->end))))
    {
      *target = g_strdup (country->phrase->value);
      return country_scope (s, country->phrase->value);
    }

  for (guint i = prep->end; i < s->tokens->len && words->len < s->rules->scope_max_words; i++)
    {
      const PlxToken *token = token_at (s, i);

      /* "announced on Monday", "on January 13": a date, not a scope. */
      if (s->clause[i] != s->clause[prep->end] || token->kind == PLX_TOKEN_NUMBER
          || (token->flags & (PLX_TOKEN_FLAG_MONTH | PLX_TOKEN_FLAG_WEEKDAY))
          || g_hash_table_contains (s->rules->scope_stops, token->norm))
        break;
      if (token->kind != PLX_TOKEN_PUNCT)
        g_ptr_array_add (words, token->norm);
    }

  return words->len > 0 ? tidy_scope (s, words) : NULL;
}

/* "india's continued imports of russian oil": a possessive country
 * just before a scope phrase is the target. */
static char *
possessive_before (const Sentence *s,
                   GArray         *countries,
                   const Match    *scope)
{
  for (guint back = 1; back <= 2 && back <= scope->start; back++)
    {
      guint i = scope->start - back;
      const Match *country = country_at (countries, i);

      if (country != NULL && g_str_has_suffix (token_at (s, i)->norm, "'s"))
        return g_strdup (country->phrase->value);
    }

  return NULL;
}

typedef struct
{
  GArray *kinds;
  GArray *statuses;
  GArray *scopes;
  GArray *prepositions;
  GArray *appliers;
  GArray *countries;
} Cues;

static void
cues_clear (Cues *cues)
{
  g_clear_pointer (&cues->kinds, g_array_unref);
  g_clear_pointer (&cues->statuses, g_array_unref);
  g_clear_pointer (&cues->scopes, g_array_unref);
  g_clear_pointer (&cues->prepositions, g_array_unref);
  g_clear_pointer (&cues->appliers, g_array_unref);
  g_clear_pointer (&cues->countries, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Cues, cues_clear)

static void
cues_init (Cues           *cues,
           const Sentence *s)
{
  const Rules *rules = s->rules;

  cues->kinds = find_phrases (s, rules->kinds);
  cues->statuses = find_phrases (s, rules->statuses);
  cues->scopes = find_phrases (s, rules->scopes);
  cues->prepositions = find_phrases (s, rules->prepositions);
  cues->appliers = find_phrases (s, rules->appliers);
  cues->countries = find_phrases (s, rules->countries);
}

static gboolean
clause_has_figure (const Sentence *s,
                   guint           at)
{
  for (guint i = 0; i < s->tokens->len; i++)
    if (s->is_figure[i] && s->clause[i] == s->clause[at])
      return TRUE;

  return FALSE;
}

/* A "{demonym} goods" scope anywhere in the sentence: "imposed sweeping
 * duties on Indian goods, including ..., bringing the total to 50%". */
static const Match *
goods_scope (const Cues *cues)
{
  for (guint m = 0; m < cues->scopes->len; m++)
    {
      const Match *match = &g_array_index (cues->scopes, Match, m);

      if (match->phrase->party != NULL)
        return match;
    }

  return NULL;
}

static void
take_scope (PlxFigure      *figure,
            const Sentence *s,
            const Cues     *cues,
            const Match    *scope)
{
  figure->scope = g_strdup (scope->phrase->value);
  if (figure->target == NULL && scope->phrase->party != NULL)
    figure->target = g_strdup (scope->phrase->party);
  if (figure->target == NULL)
    figure->target = possessive_before (s, cues->countries, scope);
}

static void
find_scope (PlxFigure      *figure,
            const Sentence *s,
            const Cues     *cues,
            guint           at,
            guint           last)
{
  const Match *scope = nearest (s, cues->scopes, at, NEAR_CLAUSE);

  if (scope != NULL)
    {
      take_scope (figure, s, cues, scope);
      return;
    }
  figure->scope = free_scope (s, cues->prepositions, cues->countries, last, &figure->target);
  if (figure->scope != NULL)
    return;
  scope = nearest (s, cues->scopes, at, 0);
  if (scope != NULL && clause_has_figure (s, scope->start))
    scope = NULL;
  if (scope == NULL && figure->kind == PLX_FIGURE_TARIFF)
    scope = goods_scope (cues);
  if (scope != NULL)
    take_scope (figure, s, cues, scope);
}

static void
find_parties (PlxFigure      *figure,
              const Sentence *s,
              const Cues     *cues,
              const char     *previous_target,
              guint           at)
{
  const Match *applier = nearest (s, cues->appliers, at, NEAR_BEFORE | NEAR_CROSS);
  const Match *country = NULL;

  if (applier != NULL)
    figure->applier = g_strdup (applier->phrase->value);
  if (figure->target == NULL)
    figure->target = g_strdup (previous_target);

  /* The nearest country named before the figure, not the applier:
   * "How US could force India to pay 500% tariff". */
  for (guint m = 0; figure->target == NULL && m < cues->countries->len; m++)
    {
      const Match *match = &g_array_index (cues->countries, Match, m);

      if (match->end <= at
          && g_strcmp0 (match->phrase->value, figure->applier) != 0)
        country = match;
    }
  if (figure->target == NULL && country != NULL)
    figure->target = g_strdup (country->phrase->value);

  if (figure->scope == NULL && figure->kind == PLX_FIGURE_TARIFF && figure->target != NULL)
    figure->scope = country_scope (s, figure->target);
}

/* ---- Extraction --------------------------------------------------- */

static void
figure_clear (gpointer data)
{
  PlxFigure *figure = data;

  g_clear_pointer (&figure->unit, g_free);
  g_clear_pointer (&figure->scope, g_free);
  g_clear_pointer (&figure->applier, g_free);
  g_clear_pointer (&figure->target, g_free);
  g_clear_pointer (&figure->text, g_free);
}

/* Tariffs, penalties and fees are measures someone takes: they have a
 * status, a scope and parties. A trade volume or a growth rate has
 * none of these ("trade is currently under $2 billion" is not an
 * imposed figure). */
static gboolean
is_measure (PlxFigureKind kind)
{
  return kind == PLX_FIGURE_TARIFF || kind == PLX_FIGURE_PENALTY || kind == PLX_FIGURE_FEE;
}

static void
describe_figure (PlxFigure      *figure,
                 const Sentence *s,
                 const Cues     *cues,
                 const char     *previous_target,
                 guint           at)
{
  guint first, last;

  figure->kind = s->has_kinds ? find_kind (s, cues->kinds, at) : PLX_FIGURE_OTHER;
  find_span (s, cues->kinds, at, &first, &last);
  figure->start = token_at (s, first)->start;
  figure->end = token_at (s, last)->end;
  figure->text = g_strndup (s->text + figure->start, figure->end - figure->start);
  if (!is_measure (figure->kind))
    return;

  figure->status = find_status (s, cues->statuses, at);
  find_scope (figure, s, cues, at, last);
  find_parties (figure, s, cues, previous_target, at);
}

/**
 * plx_extract_figures:
 * @sentence: one sentence, UTF-8
 * @language: (nullable): its language code ("en", "de"); %NULL means
 *   English. English, German, French, Spanish and Hindi have cue words
 *   for a figure's kind (data/rules/figure-kinds-LL.json); other
 *   languages get their figures of kind "other"
 *
 * Every percentage and amount of money the sentence states, in order,
 * with what it is, where it stands and what it applies to.
 *
 * Returns: (transfer full) (element-type PlxFigure): the figures
 */
GArray *
plx_extract_figures (const char *sentence,
                     const char *language)
{
  g_autoptr(GArray) tokens = NULL;

  g_return_val_if_fail (sentence != NULL, NULL);

  tokens = plx_tokenize (sentence, -1, language);

  return plx_extract_figures_from_tokens (sentence, tokens, language);
}

/**
 * plx_extract_figures_from_tokens:
 * @sentence: one sentence, UTF-8
 * @tokens: (element-type PlxToken): its tokens, as plx_tokenize() gives
 *   them for @language
 * @language: (nullable): as for plx_extract_figures()
 *
 * plx_extract_figures() for a sentence already tokenised (a
 * #PlxSentence keeps its tokens: plx_sentence_get_tokens()).
 *
 * Returns: (transfer full) (element-type PlxFigure): the figures
 */
GArray *
plx_extract_figures_from_tokens (const char *sentence,
                                 GArray     *tokens,
                                 const char *language)
{
  g_auto(Sentence) s = { 0 };
  g_auto(Cues) cues = { 0 };
  GArray *figures = NULL;
  const char *previous_target = NULL;

  g_return_val_if_fail (sentence != NULL, NULL);
  g_return_val_if_fail (tokens != NULL, NULL);

  figures = g_array_new (FALSE, TRUE, sizeof (PlxFigure));
  g_array_set_clear_func (figures, figure_clear);
  sentence_init (&s, sentence, tokens, language);
  if (s.figures_before[s.tokens->len] == 0)
    return figures;
  cues_init (&cues, &s);

  for (guint i = 0; i < s.tokens->len; i++)
    {
      PlxFigure figure = { 0 };

      if (!s.is_figure[i])
        continue;
      parse_figure (token_at (&s, i), &figure.value, &figure.unit);
      describe_figure (&figure, &s, &cues, previous_target, i);
      g_array_append_val (figures, figure);
      if (figure.target != NULL)
        previous_target = g_array_index (figures, PlxFigure, figures->len - 1).target;
    }

  return figures;
}

/**
 * plx_figure_kind_to_string:
 * @kind: a #PlxFigureKind
 *
 * Returns: its name in exports: "tariff", "penalty", "fee",
 *   "trade-volume" or "other"
 */
const char *
plx_figure_kind_to_string (PlxFigureKind kind)
{
  g_return_val_if_fail (kind <= PLX_FIGURE_OTHER, "other");

  return kind_names[kind];
}

/**
 * plx_figure_status_to_string:
 * @status: a #PlxFigureStatus
 *
 * Returns: its name in exports: "imposed", "announced", "threatened",
 *   "proposed", "deadline", "lifted" or "unknown"
 */
const char *
plx_figure_status_to_string (PlxFigureStatus status)
{
  g_return_val_if_fail (status <= PLX_STATUS_LIFTED, "unknown");

  return status_names[status];
}
