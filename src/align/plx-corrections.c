/* plx-corrections.c: the editor's corrections to an alignment
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "plx-article.h"
#include "plx-corpus.h"
#include "plx-corrections.h"
#include "plx-sentence.h"
#include "plx-tokens.h"

/**
 * PlxCorrections:
 *
 * What the editor changed in a comparison, as a `.parallax` file keeps
 * it (src/README.md, "Corrections"): names for the outlets, sentences
 * that must share a row (`together`), pairs that must not (`apart`),
 * notes on rows, the pivot and the threshold.
 *
 * A sentence is referred to by its article's id, its index and its
 * text, so that it is found again when the article changed on disk.
 *
 * Once handed to an alignment, a #PlxCorrections is not changed: an edit
 * works on a copy (plx_corrections_copy()), which is also what undo
 * keeps.
 */
struct _PlxCorrections
{
  GObject     parent_instance;

  GHashTable *outlets;    /* article id -> name */
  GPtrArray  *together;   /* GPtrArray of PlxSentenceRef */
  GPtrArray  *apart;      /* GPtrArray of two PlxSentenceRef */
  GPtrArray  *notes;      /* PlxRowNote */
  char       *pivot;
  double      threshold;
};

G_DEFINE_FINAL_TYPE (PlxCorrections, plx_corrections, G_TYPE_OBJECT)

/* ---- Sentence references ----------------------------------------------- */

PlxSentenceRef *
plx_sentence_ref_new (const char *article,
                      guint       sentence,
                      const char *text)
{
  PlxSentenceRef *ref = g_new0 (PlxSentenceRef, 1);

  ref->article = g_strdup (article);
  ref->sentence = sentence;
  ref->text = g_strdup (text);

  return ref;
}

void
plx_sentence_ref_free (PlxSentenceRef *ref)
{
  if (ref == NULL)
    return;

  g_free (ref->article);
  g_free (ref->text);
  g_free (ref);
}

static PlxSentenceRef *
sentence_ref_copy (const PlxSentenceRef *ref)
{
  return plx_sentence_ref_new (ref->article, ref->sentence, ref->text);
}

static PlxSentenceRef *
sentence_ref_for_member (PlxArticle *article,
                         guint       sentence)
{
  PlxSentence *s = plx_article_get_sentence (article, sentence);

  return plx_sentence_ref_new (plx_article_get_id (article), sentence,
                               s != NULL ? plx_sentence_get_text (s) : NULL);
}

/**
 * plx_sentence_ref_equal:
 *
 * Returns: whether @a and @b name the same sentence (article and index)
 */
gboolean
plx_sentence_ref_equal (const PlxSentenceRef *a,
                        const PlxSentenceRef *b)
{
  return a->sentence == b->sentence && g_strcmp0 (a->article, b->article) == 0;
}

/**
 * plx_sentence_ref_describe:
 *
 * Returns: (transfer full): the reference as a warning names it
 */
char *
plx_sentence_ref_describe (const PlxSentenceRef *ref)
{
  g_autofree char *opening = NULL;

  if (ref->text == NULL)
    /* Translators: a sentence of an article; %s is the article's id, %u the sentence's number */
    return g_strdup_printf (_("sentence %u of “%s”"), ref->sentence, ref->article);

  opening = plx_text_opening (ref->text, 40);
  /* Translators: %u is a sentence's number, %s the article's id, the last %s the opening of the sentence */
  return g_strdup_printf (_("sentence %u of “%s” (“%s”)"), ref->sentence, ref->article, opening);
}

static gboolean
text_matches (PlxSentence *sentence,
              const char  *text)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (sentence == NULL)
    return FALSE;
  if (text == NULL)
    return TRUE;

  a = g_strstrip (g_strdup (plx_sentence_get_text (sentence)));
  b = g_strstrip (g_strdup (text));

  return g_str_equal (a, b);
}

/**
 * plx_sentence_ref_resolve:
 * @ref: a reference
 * @corpus: the corpus it refers to
 * @article_index: (out): the article's position in @corpus
 * @sentence: (out): the sentence's index in it
 *
 * Finds the sentence @ref names: by article and index when the text
 * there is still @ref's text, else by the text alone in that article.
 *
 * Returns: whether it was found
 */
gboolean
plx_sentence_ref_resolve (const PlxSentenceRef *ref,
                          PlxCorpus            *corpus,
                          guint                *article_index,
                          guint                *sentence)
{
  guint n_articles = g_list_model_get_n_items (G_LIST_MODEL (corpus));

  for (guint a = 0; a < n_articles; a++)
    {
      PlxArticle *article = plx_corpus_get_article (corpus, a);
      guint n = plx_article_get_n_sentences (article);

      if (!g_str_equal (plx_article_get_id (article), ref->article))
        continue;

      *article_index = a;
      if (ref->sentence < n && text_matches (plx_article_get_sentence (article, ref->sentence), ref->text))
        {
          *sentence = ref->sentence;
          return TRUE;
        }
      if (ref->text == NULL)
        return FALSE;
      for (guint s = 0; s < n; s++)
        if (text_matches (plx_article_get_sentence (article, s), ref->text))
          {
            *sentence = s;
            return TRUE;
          }
      return FALSE;
    }

  return FALSE;
}

static void
row_note_free (PlxRowNote *note)
{
  g_ptr_array_unref (note->sentences);
  g_free (note->text);
  g_free (note);
}

static GPtrArray *
ref_array_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) plx_sentence_ref_free);
}

static GPtrArray *
ref_array_copy (GPtrArray *refs)
{
  GPtrArray *copy = ref_array_new ();

  for (guint i = 0; i < refs->len; i++)
    g_ptr_array_add (copy, sentence_ref_copy (g_ptr_array_index (refs, i)));

  return copy;
}

static gboolean
ref_array_contains (GPtrArray            *refs,
                    const PlxSentenceRef *ref)
{
  for (guint i = 0; i < refs->len; i++)
    if (plx_sentence_ref_equal (g_ptr_array_index (refs, i), ref))
      return TRUE;

  return FALSE;
}

/* ---- The object ---------------------------------------------------------- */

static void
plx_corrections_finalize (GObject *object)
{
  PlxCorrections *self = PLX_CORRECTIONS (object);

  g_hash_table_unref (self->outlets);
  g_ptr_array_unref (self->together);
  g_ptr_array_unref (self->apart);
  g_ptr_array_unref (self->notes);
  g_free (self->pivot);

  G_OBJECT_CLASS (plx_corrections_parent_class)->finalize (object);
}

static void
plx_corrections_class_init (PlxCorrectionsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = plx_corrections_finalize;
}

static void
plx_corrections_init (PlxCorrections *self)
{
  self->outlets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->together = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->apart = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->notes = g_ptr_array_new_with_free_func ((GDestroyNotify) row_note_free);
}

PlxCorrections *
plx_corrections_new (void)
{
  return g_object_new (PLX_TYPE_CORRECTIONS, NULL);
}

/**
 * plx_corrections_copy:
 *
 * Returns: (transfer full): a deep copy of @self, to edit
 */
PlxCorrections *
plx_corrections_copy (PlxCorrections *self)
{
  PlxCorrections *copy = plx_corrections_new ();
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (PLX_IS_CORRECTIONS (self), NULL);

  g_hash_table_iter_init (&iter, self->outlets);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy->outlets, g_strdup (key), g_strdup (value));
  for (guint i = 0; i < self->together->len; i++)
    g_ptr_array_add (copy->together, ref_array_copy (g_ptr_array_index (self->together, i)));
  for (guint i = 0; i < self->apart->len; i++)
    g_ptr_array_add (copy->apart, ref_array_copy (g_ptr_array_index (self->apart, i)));
  for (guint i = 0; i < self->notes->len; i++)
    {
      const PlxRowNote *note = g_ptr_array_index (self->notes, i);
      PlxRowNote *note_copy = g_new0 (PlxRowNote, 1);

      note_copy->sentences = ref_array_copy (note->sentences);
      note_copy->text = g_strdup (note->text);
      g_ptr_array_add (copy->notes, note_copy);
    }
  copy->pivot = g_strdup (self->pivot);
  copy->threshold = self->threshold;

  return copy;
}

static char *
to_json_text (PlxCorrections *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  plx_corrections_to_json (self, builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);

  return json_generator_to_data (generator, NULL);
}

/**
 * plx_corrections_equal:
 *
 * Returns: whether the two hold the same corrections, as a file would
 *   save them
 */
gboolean
plx_corrections_equal (PlxCorrections *self,
                       PlxCorrections *other)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  g_return_val_if_fail (PLX_IS_CORRECTIONS (self), FALSE);
  g_return_val_if_fail (PLX_IS_CORRECTIONS (other), FALSE);

  a = to_json_text (self);
  b = to_json_text (other);

  return g_str_equal (a, b);
}

/* ---- JSON ----------------------------------------------------------------- */

static void
add_warning (GPtrArray  *warnings,
             const char *format,
             ...) G_GNUC_PRINTF (2, 3);

static void
add_warning (GPtrArray  *warnings,
             const char *format,
             ...)
{
  va_list args;

  if (warnings == NULL)
    return;

  va_start (args, format);
  g_ptr_array_add (warnings, g_strdup_vprintf (format, args));
  va_end (args);
}

static PlxSentenceRef *
ref_from_json (JsonNode *node)
{
  JsonObject *object;
  JsonNode *article, *sentence, *text;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  object = json_node_get_object (node);
  article = json_object_get_member (object, "article");
  sentence = json_object_get_member (object, "sentence");
  text = json_object_get_member (object, "text");

  if (article == NULL || json_node_get_value_type (article) != G_TYPE_STRING ||
      sentence == NULL || json_node_get_value_type (sentence) != G_TYPE_INT64 ||
      json_node_get_int (sentence) < 0 || json_node_get_int (sentence) > G_MAXINT ||
      (text != NULL && !JSON_NODE_HOLDS_NULL (text) && json_node_get_value_type (text) != G_TYPE_STRING))
    return NULL;

  return plx_sentence_ref_new (json_node_get_string (article), (guint) json_node_get_int (sentence),
                               text != NULL && !JSON_NODE_HOLDS_NULL (text) ? json_node_get_string (text) : NULL);
}

/* Reads an array of sentence references; NULL (and a warning) when any
 * is not one. */
static GPtrArray *
refs_from_json (JsonNode   *node,
                const char *where,
                guint       position,
                GPtrArray  *warnings)
{
  g_autoptr(GPtrArray) refs = ref_array_new ();
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      /* Translators: %s is “together”, “apart” or “notes” (a key of the file, not translated), %u an entry's number */
      add_warning (warnings, _("“%s”, entry %u: not a list of sentences; left out"), where, position);
      return NULL;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      PlxSentenceRef *ref = ref_from_json (json_array_get_element (array, i));

      if (ref == NULL)
        {
          /* Translators: %s is “together”, “apart” or “notes” (a key of the file, not translated), %u an entry's number */
          add_warning (warnings, _("“%s”, entry %u: a sentence needs an “article” (text) and a “sentence” (a number from 0); entry left out"),
                       where, position);
          return NULL;
        }
      if (!ref_array_contains (refs, ref))
        g_ptr_array_add (refs, ref);
      else
        plx_sentence_ref_free (ref);
    }

  return g_steal_pointer (&refs);
}

static JsonArray *
member_array (JsonObject *object,
              const char *name,
              GPtrArray  *warnings)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      /* Translators: %s is a key of the file (“together”, “apart”, “notes”), not translated */
      add_warning (warnings, _("“%s” is not a list; left out"), name);
      return NULL;
    }

  return json_node_get_array (node);
}

static void
outlets_from_json (PlxCorrections *self,
                   JsonObject     *object,
                   GPtrArray      *warnings)
{
  JsonNode *node = json_object_get_member (object, "outlets");
  JsonObjectIter iter;
  const char *id;
  JsonNode *name;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      add_warning (warnings, _("“outlets” is not an object of article ids and names; left out"));
      return;
    }

  json_object_iter_init (&iter, json_node_get_object (node));
  while (json_object_iter_next (&iter, &id, &name))
    {
      if (json_node_get_value_type (name) != G_TYPE_STRING || *json_node_get_string (name) == '\0')
        {
          /* Translators: %s is an article's id */
          add_warning (warnings, _("the outlet name of “%s” is not a text; left out"), id);
          continue;
        }
      g_hash_table_insert (self->outlets, g_strdup (id), g_strdup (json_node_get_string (name)));
    }
}

static void
groups_from_json (GPtrArray  *groups,
                  JsonObject *object,
                  const char *name,
                  GPtrArray  *warnings)
{
  JsonArray *array = member_array (object, name, warnings);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autoptr(GPtrArray) refs = refs_from_json (json_array_get_element (array, i), name, i + 1, warnings);

      if (refs == NULL)
        continue;
      if (g_str_equal (name, "apart") && refs->len != 2)
        {
          /* Translators: “apart” is a key of the file, not translated; %u an entry's number */
          add_warning (warnings, _("“apart”, entry %u: a pair needs two different sentences; left out"), i + 1);
          continue;
        }
      if (refs->len < 2)
        {
          /* Translators: “together” is a key of the file, not translated; %u an entry's number */
          add_warning (warnings, _("“together”, entry %u: fewer than two sentences; left out"), i + 1);
          continue;
        }
      g_ptr_array_add (groups, g_steal_pointer (&refs));
    }
}

static void
notes_from_json (PlxCorrections *self,
                 JsonObject     *object,
                 GPtrArray      *warnings)
{
  JsonArray *array = member_array (object, "notes", warnings);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      JsonObject *note_object = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element) : NULL;
      JsonNode *text = note_object != NULL ? json_object_get_member (note_object, "text") : NULL;
      g_autoptr(GPtrArray) refs = NULL;
      PlxRowNote *note;

      if (text == NULL || json_node_get_value_type (text) != G_TYPE_STRING)
        {
          /* Translators: “notes” and “text” are keys of the file, not translated; %u an entry's number */
          add_warning (warnings, _("“notes”, entry %u: no “text”; left out"), i + 1);
          continue;
        }
      refs = refs_from_json (json_object_get_member (note_object, "row"), "notes", i + 1, warnings);
      if (refs == NULL || refs->len == 0)
        continue;

      note = g_new0 (PlxRowNote, 1);
      note->sentences = g_steal_pointer (&refs);
      note->text = g_strdup (json_node_get_string (text));
      g_ptr_array_add (self->notes, note);
    }
}

/* Pairs that are also together are contradictions: the pair is dropped. */
static void
drop_contradictions (PlxCorrections *self,
                     GPtrArray      *warnings)
{
  for (guint i = self->apart->len; i-- > 0; )
    {
      GPtrArray *pair = g_ptr_array_index (self->apart, i);

      for (guint g = 0; g < self->together->len; g++)
        {
          GPtrArray *group = g_ptr_array_index (self->together, g);

          if (ref_array_contains (group, g_ptr_array_index (pair, 0)) &&
              ref_array_contains (group, g_ptr_array_index (pair, 1)))
            {
              g_autofree char *a = plx_sentence_ref_describe (g_ptr_array_index (pair, 0));
              g_autofree char *b = plx_sentence_ref_describe (g_ptr_array_index (pair, 1));

              /* Translators: each %s names a sentence, as in “sentence 3 of “reuters” (“The talks…”)” */
              add_warning (warnings, _("%s and %s are listed both together and apart: kept together"), a, b);
              g_ptr_array_remove_index (self->apart, i);
              break;
            }
        }
    }
}

/**
 * plx_corrections_new_from_json:
 * @object: the object of a `.parallax` file
 * @warnings: (element-type utf8) (nullable): where to add a message for
 *   each entry that is left out
 *
 * Reads what it can: an entry that is not as it should be is left out
 * with a warning, and the rest is kept.
 *
 * Returns: (transfer full): the corrections
 */
PlxCorrections *
plx_corrections_new_from_json (JsonObject *object,
                               GPtrArray  *warnings)
{
  g_autoptr(PlxCorrections) self = plx_corrections_new ();
  JsonNode *pivot = json_object_get_member (object, "pivot");
  JsonNode *threshold = json_object_get_member (object, "threshold");

  outlets_from_json (self, object, warnings);
  groups_from_json (self->together, object, "together", warnings);
  groups_from_json (self->apart, object, "apart", warnings);
  notes_from_json (self, object, warnings);
  drop_contradictions (self, warnings);

  if (pivot != NULL && json_node_get_value_type (pivot) == G_TYPE_STRING)
    self->pivot = g_strdup (json_node_get_string (pivot));
  else if (pivot != NULL && !JSON_NODE_HOLDS_NULL (pivot))
    add_warning (warnings, _("“pivot” is not an article id; left out"));

  if (threshold != NULL && JSON_NODE_HOLDS_VALUE (threshold) &&
      (json_node_get_value_type (threshold) == G_TYPE_DOUBLE || json_node_get_value_type (threshold) == G_TYPE_INT64) &&
      json_node_get_double (threshold) > 0 && json_node_get_double (threshold) <= 1)
    self->threshold = json_node_get_double (threshold);
  else if (threshold != NULL && !JSON_NODE_HOLDS_NULL (threshold))
    add_warning (warnings, _("“threshold” is not a number above 0 and at most 1; left out"));

  return g_steal_pointer (&self);
}

static void
ref_to_json (const PlxSentenceRef *ref,
             JsonBuilder          *builder)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "article");
  json_builder_add_string_value (builder, ref->article);
  json_builder_set_member_name (builder, "sentence");
  json_builder_add_int_value (builder, ref->sentence);
  if (ref->text != NULL)
    {
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, ref->text);
    }
  json_builder_end_object (builder);
}

static void
refs_to_json (GPtrArray   *refs,
              JsonBuilder *builder)
{
  json_builder_begin_array (builder);
  for (guint i = 0; i < refs->len; i++)
    ref_to_json (g_ptr_array_index (refs, i), builder);
  json_builder_end_array (builder);
}

static void
groups_to_json (GPtrArray   *groups,
                const char  *name,
                JsonBuilder *builder)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < groups->len; i++)
    refs_to_json (g_ptr_array_index (groups, i), builder);
  json_builder_end_array (builder);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b,
             gpointer      user_data)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * plx_corrections_to_json:
 * @builder: a builder inside an object
 *
 * Adds the members of a `.parallax` file that hold the corrections:
 * outlets (sorted by id), together, apart, pivot, threshold and notes.
 */
void
plx_corrections_to_json (PlxCorrections *self,
                         JsonBuilder    *builder)
{
  g_autofree gpointer *ids = NULL;
  guint n_ids;

  g_return_if_fail (PLX_IS_CORRECTIONS (self));

  json_builder_set_member_name (builder, "outlets");
  json_builder_begin_object (builder);
  ids = g_hash_table_get_keys_as_array (self->outlets, &n_ids);
  g_qsort_with_data (ids, n_ids, sizeof (gpointer), compare_ids, NULL);
  for (guint i = 0; i < n_ids; i++)
    {
      json_builder_set_member_name (builder, ids[i]);
      json_builder_add_string_value (builder, g_hash_table_lookup (self->outlets, ids[i]));
    }
  json_builder_end_object (builder);

  groups_to_json (self->together, "together", builder);
  groups_to_json (self->apart, "apart", builder);

  json_builder_set_member_name (builder, "pivot");
  if (self->pivot != NULL)
    json_builder_add_string_value (builder, self->pivot);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "threshold");
  if (self->threshold > 0)
    json_builder_add_double_value (builder, self->threshold);
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "notes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->notes->len; i++)
    {
      const PlxRowNote *note = g_ptr_array_index (self->notes, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "row");
      refs_to_json (note->sentences, builder);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, note->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* ---- Accessors ------------------------------------------------------------ */

const char *
plx_corrections_get_outlet_name (PlxCorrections *self,
                                 const char     *article)
{
  g_return_val_if_fail (PLX_IS_CORRECTIONS (self), NULL);

  return g_hash_table_lookup (self->outlets, article);
}

/**
 * plx_corrections_set_outlet_name:
 * @name: (nullable): the outlet's name, or %NULL (or "") for the name
 *   the articles give
 */
void
plx_corrections_set_outlet_name (PlxCorrections *self,
                                 const char     *article,
                                 const char     *name)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name != NULL ? name : ""));

  g_return_if_fail (PLX_IS_CORRECTIONS (self));

  if (*stripped == '\0')
    g_hash_table_remove (self->outlets, article);
  else
    g_hash_table_insert (self->outlets, g_strdup (article), g_steal_pointer (&stripped));
}

/**
 * plx_corrections_apply_outlet_names:
 *
 * Gives each article of @corpus the editor's name for its outlet, or
 * takes it away. Call it on the thread that owns @corpus.
 */
void
plx_corrections_apply_outlet_names (PlxCorrections *self,
                                    PlxCorpus      *corpus)
{
  for (guint a = 0; a < g_list_model_get_n_items (G_LIST_MODEL (corpus)); a++)
    {
      PlxArticle *article = plx_corpus_get_article (corpus, a);
      const char *name = self != NULL ? g_hash_table_lookup (self->outlets, plx_article_get_id (article)) : NULL;

      plx_article_set_name (article, name);
    }
}

const char *
plx_corrections_get_pivot (PlxCorrections *self)
{
  g_return_val_if_fail (PLX_IS_CORRECTIONS (self), NULL);

  return self->pivot;
}

void
plx_corrections_set_pivot (PlxCorrections *self,
                           const char     *pivot)
{
  g_return_if_fail (PLX_IS_CORRECTIONS (self));

  g_free (self->pivot);
  self->pivot = g_strdup (pivot);
}

/**
 * plx_corrections_get_threshold:
 *
 * Returns: the threshold the file asks for, or 0 for the default
 */
double
plx_corrections_get_threshold (PlxCorrections *self)
{
  g_return_val_if_fail (PLX_IS_CORRECTIONS (self), 0);

  return self->threshold;
}

void
plx_corrections_set_threshold (PlxCorrections *self,
                               double          threshold)
{
  g_return_if_fail (PLX_IS_CORRECTIONS (self));

  self->threshold = threshold > 0 && threshold <= 1 ? threshold : 0;
}

/**
 * plx_corrections_get_together:
 *
 * Returns: (transfer none) (element-type GPtrArray): groups of
 *   #PlxSentenceRef that must share a row
 */
GPtrArray *
plx_corrections_get_together (PlxCorrections *self)
{
  g_return_val_if_fail (PLX_IS_CORRECTIONS (self), NULL);

  return self->together;
}

/**
 * plx_corrections_get_apart:
 *
 * Returns: (transfer none) (element-type GPtrArray): pairs of
 *   #PlxSentenceRef that must not share a row
 */
GPtrArray *
plx_corrections_get_apart (PlxCorrections *self)
{
  g_return_val_if_fail (PLX_IS_CORRECTIONS (self), NULL);

  return self->apart;
}

/**
 * plx_corrections_get_notes:
 *
 * Returns: (transfer none) (element-type PlxRowNote): the notes
 */
GPtrArray *
plx_corrections_get_notes (PlxCorrections *self)
{
  g_return_val_if_fail (PLX_IS_CORRECTIONS (self), NULL);

  return self->notes;
}

/* ---- Edits ---------------------------------------------------------------- */

static GPtrArray *
row_refs (PlxRow *row)
{
  GPtrArray *refs = ref_array_new ();
  guint reference = plx_row_get_reference (row);

  for (guint m = 0; m < plx_row_get_n_members (row); m++)
    {
      guint i = m == 0 ? reference : m <= reference ? m - 1 : m;
      const PlxRowMember *member = plx_row_get_member (row, i);

      g_ptr_array_add (refs, sentence_ref_for_member (member->article, member->sentence));
    }

  return refs;
}

/* Takes @ref out of every group that must stay together. */
static void
release (PlxCorrections       *self,
         const PlxSentenceRef *ref)
{
  for (guint g = self->together->len; g-- > 0; )
    {
      GPtrArray *group = g_ptr_array_index (self->together, g);

      for (guint i = group->len; i-- > 0; )
        if (plx_sentence_ref_equal (g_ptr_array_index (group, i), ref))
          g_ptr_array_remove_index (group, i);
      if (group->len < 2)
        g_ptr_array_remove_index (self->together, g);
    }
}

/**
 * plx_corrections_join:
 * @row: the row to join
 * @article: the article of the sentence that joins it
 * @sentence: the sentence's index
 *
 * Records that the sentence belongs in @row: it leaves whatever row it
 * had to stay in, and pairs that kept it from @row's sentences go.
 */
void
plx_corrections_join (PlxCorrections *self,
                      PlxRow         *row,
                      PlxArticle     *article,
                      guint           sentence)
{
  g_autoptr(PlxSentenceRef) moved = sentence_ref_for_member (article, sentence);
  g_autoptr(GPtrArray) members = row_refs (row);
  GPtrArray *group = NULL;

  g_return_if_fail (PLX_IS_CORRECTIONS (self));

  release (self, moved);
  for (guint p = self->apart->len; p-- > 0; )
    {
      GPtrArray *pair = g_ptr_array_index (self->apart, p);

      if ((plx_sentence_ref_equal (g_ptr_array_index (pair, 0), moved) && ref_array_contains (members, g_ptr_array_index (pair, 1))) ||
          (plx_sentence_ref_equal (g_ptr_array_index (pair, 1), moved) && ref_array_contains (members, g_ptr_array_index (pair, 0))))
        g_ptr_array_remove_index (self->apart, p);
    }

  for (guint g = 0; g < self->together->len && group == NULL; g++)
    for (guint i = 0; i < members->len && group == NULL; i++)
      if (ref_array_contains (g_ptr_array_index (self->together, g), g_ptr_array_index (members, i)))
        group = g_ptr_array_index (self->together, g);

  if (group == NULL)
    {
      group = ref_array_new ();
      g_ptr_array_add (group, sentence_ref_copy (g_ptr_array_index (members, 0)));
      g_ptr_array_add (self->together, group);
    }
  g_ptr_array_add (group, g_steal_pointer (&moved));
}

/**
 * plx_corrections_take_out:
 * @row: the row the sentence is in
 * @article: the sentence's article
 * @sentence: the sentence's index
 *
 * Records that the sentence does not belong with @row's other sentences.
 */
void
plx_corrections_take_out (PlxCorrections *self,
                          PlxRow         *row,
                          PlxArticle     *article,
                          guint           sentence)
{
  g_autoptr(PlxSentenceRef) moved = sentence_ref_for_member (article, sentence);
  g_autoptr(GPtrArray) members = row_refs (row);

  g_return_if_fail (PLX_IS_CORRECTIONS (self));

  release (self, moved);
  for (guint i = 0; i < members->len; i++)
    {
      PlxSentenceRef *other = g_ptr_array_index (members, i);
      GPtrArray *pair;
      gboolean known = FALSE;

      if (plx_sentence_ref_equal (other, moved))
        continue;
      for (guint p = 0; p < self->apart->len && !known; p++)
        {
          GPtrArray *existing = g_ptr_array_index (self->apart, p);

          known = ref_array_contains (existing, other) && ref_array_contains (existing, moved);
        }
      if (known)
        continue;

      pair = ref_array_new ();
      g_ptr_array_add (pair, sentence_ref_copy (other));
      g_ptr_array_add (pair, sentence_ref_copy (moved));
      g_ptr_array_add (self->apart, pair);
    }
}

/**
 * plx_corrections_set_note:
 * @row: a row
 * @text: (nullable): the note, or %NULL (or "") for none
 *
 * Sets the editor's note on @row, in place of any it had.
 */
void
plx_corrections_set_note (PlxCorrections *self,
                          PlxRow         *row,
                          const char     *text)
{
  g_autoptr(GPtrArray) members = row_refs (row);
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  PlxRowNote *note;

  g_return_if_fail (PLX_IS_CORRECTIONS (self));

  for (guint n = self->notes->len; n-- > 0; )
    {
      const PlxRowNote *old = g_ptr_array_index (self->notes, n);

      for (guint i = 0; i < old->sentences->len; i++)
        if (ref_array_contains (members, g_ptr_array_index (old->sentences, i)))
          {
            g_ptr_array_remove_index (self->notes, n);
            break;
          }
    }

  if (*stripped == '\0')
    return;

  note = g_new0 (PlxRowNote, 1);
  note->sentences = g_steal_pointer (&members);
  note->text = g_steal_pointer (&stripped);
  g_ptr_array_add (self->notes, note);
}
