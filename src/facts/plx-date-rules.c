/* plx-date-rules.c: the words of relative dates in each language
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "plx-data.h"
#include "plx-dates-private.h"
#include "plx-tokens.h"

/* data/rules/dates-relative.json: for each language, the words of
 * shifts ("last", "next"), units, day words, parts of a year and the
 * prepositions the matchers of plx-dates.c look for. */

static GHashTable *
int_table (JsonObject *object,
           const char *member)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonObject *map = json_object_get_object_member (object, member);
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_iter_init (&iter, map);
  while (json_object_iter_next (&iter, &name, &node))
    g_hash_table_insert (table, plx_normalise_text (name, -1),
                         GINT_TO_POINTER ((int) json_node_get_int (node)));

  return table;
}

static GHashTable *
string_table (JsonObject *object,
              const char *member)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  JsonObject *map = json_object_get_object_member (object, member);
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_iter_init (&iter, map);
  while (json_object_iter_next (&iter, &name, &node))
    g_hash_table_insert (table, plx_normalise_text (name, -1), g_strdup (json_node_get_string (node)));

  return table;
}

/* Month and weekday numbers are the order of the names in the
 * tokenizer's file: January first, Monday first (GDateWeekday). */
static GHashTable *
ordered_names (JsonObject *names,
               const char *member)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonObjectIter iter;
  const char *name;
  int n = 0;

  json_object_iter_init_ordered (&iter, json_object_get_object_member (names, member));
  while (json_object_iter_next_ordered (&iter, &name, NULL))
    g_hash_table_insert (table, plx_normalise_text (name, -1), GINT_TO_POINTER (++n));

  return table;
}

static GPtrArray *
part_phrases (JsonObject *object)
{
  g_autoptr(GHashTable) table = string_table (object, "part-phrases");
  GPtrArray *phrases = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      PartPhrase *phrase = g_new0 (PartPhrase, 1);

      phrase->words = g_strsplit (key, " ", -1);
      phrase->part = g_strdup (value);
      g_ptr_array_add (phrases, phrase);
    }

  return phrases;
}

static GHashTable *
unit_table (JsonObject *object)
{
  static const char *const unit_names[] = { "day", "week", "month", "year" };
  g_autoptr(GHashTable) names = string_table (object, "units");
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key, value;

  /* The unit names are the code's vocabulary, not the language's. */
  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, &key, &value))
    for (guint u = 0; u < G_N_ELEMENTS (unit_names); u++)
      if (strcmp (value, unit_names[u]) == 0)
        g_hash_table_insert (table, g_strdup (key), GINT_TO_POINTER (u));

  return table;
}

static Rules *
rules_new (JsonObject *object)
{
  g_autoptr(JsonObject) names = plx_data_load_json (json_object_get_string_member (object, "names"));
  Rules *rules = g_new0 (Rules, 1);

  rules->months = ordered_names (names, "months");
  rules->weekdays = ordered_names (names, "weekdays");
  rules->days = int_table (object, "days");
  rules->shifts = int_table (object, "shifts");
  rules->shifts_after = json_object_has_member (object, "shifts-after")
                        ? int_table (object, "shifts-after")
                        : g_hash_table_new (g_str_hash, g_str_equal);
  rules->units = unit_table (object);
  rules->edges = int_table (object, "edges");
  rules->ago = plx_word_set_from_json (object, "ago");
  rules->parts = string_table (object, "parts");
  rules->part_phrases = part_phrases (object);
  rules->weekday_preps = plx_word_set_from_json (object, "weekday-prepositions");
  rules->year_preps = plx_word_set_from_json (object, "year-prepositions");
  rules->month_year_links = plx_word_set_from_json (object, "month-year-links");
  rules->day_month_links = plx_word_set_from_json (object, "day-month-links");
  rules->future_cues = plx_word_set_from_json (object, "future-cues");
  rules->future_preps = plx_word_set_from_json (object, "future-prepositions");
  rules->clause_ends = plx_word_set_from_json (object, "clause-ends");

  return rules;
}

/* Rules per language code, built once per process and kept. */
static GHashTable *
all_rules (void)
{
  static gsize table;

  if (g_once_init_enter (&table))
    {
      g_autoptr(JsonObject) object = plx_data_load_json ("dates-relative.json");
      GHashTable *rules = g_hash_table_new (g_str_hash, g_str_equal);
      JsonObjectIter iter;
      const char *code;
      JsonNode *node;

      json_object_iter_init (&iter, object);
      while (json_object_iter_next (&iter, &code, &node))
        if (JSON_NODE_HOLDS_OBJECT (node))
          g_hash_table_insert (rules, g_strdup (code), rules_new (json_node_get_object (node)));
      g_once_init_leave (&table, (gsize) rules);
    }

  return (GHashTable *) table;
}

/* The rules for "en", "en-GB" or "en_US"; NULL means English, the
 * language the names file covers. */
const Rules *
_plx_dates_rules_for (const char *language)
{
  g_autofree char *code = g_ascii_strdown (language != NULL ? language : "en", -1);

  code[strcspn (code, "-_")] = '\0';

  return g_hash_table_lookup (all_rules (), code);
}
