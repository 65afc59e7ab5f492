/* plx-figure-rules.c: the phrase lists that say what a figure is
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "plx-data.h"
#include "plx-figures-private.h"
#include "plx-tokens.h"

/* data/rules/figure-*-LL.json, loaded once per process and language.
 * The phrases are matched by plx-figures.c. */

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

/* Lists live as long as the process (see _plx_figures_get_rules()): never freed. */
static PhraseList *
phrase_list_new (void)
{
  PhraseList *list = g_new0 (PhraseList, 1);

  list->phrases = g_ptr_array_new_with_free_func (phrase_free);
  list->by_first = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                          (GDestroyNotify) g_array_unref);

  return list;
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

int
_plx_figures_language_index (const char *language)
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

static Rules *
rules_new (int language)
{
  g_autofree char *file = g_strdup_printf ("figure-kinds-%s.json", kind_languages[language]);
  Rules *loaded = g_new0 (Rules, 1);

  if (language > 0)
    {
      const Rules *english = _plx_figures_get_rules (0);

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
const Rules *
_plx_figures_get_rules (int language)
{
  static gsize rules[G_N_ELEMENTS (kind_languages)];

  if (g_once_init_enter (&rules[language]))
    g_once_init_leave (&rules[language], (gsize) rules_new (language));

  return (const Rules *) rules[language];
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
