/* plx-article.c: one article of a corpus
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plx-article.h"
#include "plx-quote-spans.h"
#include "plx-sentence.h"

/* An article owns its decoded text and the sentences cut from it. The
 * metadata (outlet, title, date, language, URL) comes from a manifest
 * when there is one, else from the text itself; it is never guessed
 * from things like a file's modification time. */
struct _PlxArticle
{
  GObject     parent_instance;

  char       *id;
  char       *text;
  gsize       text_length;
  char       *file;
  char       *outlet;
  const char *name;           /* the editor's name for the outlet: interned, never freed */
  char       *title;
  char       *date;
  char       *published;
  char       *language;
  char       *url;
  GListStore *sentences;
  GArray     *quote_regions;  /* set once, atomically: see plx_article_get_quote_spans() */
};

G_DEFINE_FINAL_TYPE (PlxArticle, plx_article, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TEXT,
  PROP_FILE,
  PROP_OUTLET,
  PROP_TITLE,
  PROP_DATE,
  PROP_PUBLISHED,
  PROP_LANGUAGE,
  PROP_URL,
  PROP_DISPLAY_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
plx_article_finalize (GObject *object)
{
  PlxArticle *self = (PlxArticle *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->file, g_free);
  g_clear_pointer (&self->outlet, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->published, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_object (&self->sentences);
  g_clear_pointer (&self->quote_regions, g_array_unref);

  G_OBJECT_CLASS (plx_article_parent_class)->finalize (object);
}

static void
plx_article_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PlxArticle *self = PLX_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_FILE:
      g_value_set_string (value, self->file);
      break;

    case PROP_OUTLET:
      g_value_set_string (value, self->outlet);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_PUBLISHED:
      g_value_set_string (value, self->published);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    case PROP_DISPLAY_NAME:
      g_value_set_string (value, plx_article_get_display_name (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_article_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PlxArticle *self = PLX_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_FILE:
      plx_article_set_file (self, g_value_get_string (value));
      break;

    case PROP_OUTLET:
      plx_article_set_outlet (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      plx_article_set_title (self, g_value_get_string (value));
      break;

    case PROP_DATE:
      plx_article_set_date (self, g_value_get_string (value));
      break;

    case PROP_PUBLISHED:
      plx_article_set_published (self, g_value_get_string (value));
      break;

    case PROP_LANGUAGE:
      plx_article_set_language (self, g_value_get_string (value));
      break;

    case PROP_URL:
      plx_article_set_url (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_param (const char  *name,
              GParamFlags  access)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              (access | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
}

static void
plx_article_class_init (PlxArticleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = plx_article_finalize;
  object_class->get_property = plx_article_get_property;
  object_class->set_property = plx_article_set_property;

  properties[PROP_ID] = string_param ("id", G_PARAM_READABLE);
  properties[PROP_TEXT] = string_param ("text", G_PARAM_READABLE);
  properties[PROP_FILE] = string_param ("file", G_PARAM_READWRITE);
  properties[PROP_OUTLET] = string_param ("outlet", G_PARAM_READWRITE);
  properties[PROP_TITLE] = string_param ("title", G_PARAM_READWRITE);
  properties[PROP_DATE] = string_param ("date", G_PARAM_READWRITE);
  properties[PROP_PUBLISHED] = string_param ("published", G_PARAM_READWRITE);
  properties[PROP_LANGUAGE] = string_param ("language", G_PARAM_READWRITE);
  properties[PROP_URL] = string_param ("url", G_PARAM_READWRITE);
  properties[PROP_DISPLAY_NAME] = string_param ("display-name", G_PARAM_READABLE);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
plx_article_init (PlxArticle *self)
{
  self->sentences = g_list_store_new (PLX_TYPE_SENTENCE);
}

/**
 * plx_article_new:
 * @id: the article's identifier: its file name without extension, or the
 *   manifest's id
 * @text: the article's text, in UTF-8
 *
 * Returns: (transfer full): a new article without sentences; see
 *   plx_analyse_article()
 */
PlxArticle *
plx_article_new (const char *id,
                 const char *text)
{
  PlxArticle *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  self = g_object_new (PLX_TYPE_ARTICLE, NULL);
  self->id = g_strdup (id);
  self->text_length = strlen (text);
  self->text = g_strndup (text, self->text_length);

  return self;
}

static void
set_string (PlxArticle  *self,
            char       **field,
            const char  *value,
            guint        prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = (value != NULL && *value != '\0') ? g_strdup (value) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);

  if (prop_id == PROP_OUTLET)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISPLAY_NAME]);
}

const char *
plx_article_get_id (PlxArticle *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE (self), NULL);

  return self->id;
}

const char *
plx_article_get_text (PlxArticle *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE (self), NULL);

  return self->text;
}

gsize
plx_article_get_text_length (PlxArticle *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE (self), 0);

  return self->text_length;
}

/**
 * plx_article_get_file:
 * @self: a #PlxArticle
 *
 * Returns: (nullable): the path of the file the text was read from, as
 *   given to the loader, or %NULL for inline text
 */
const char *
plx_article_get_file (PlxArticle *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE (self), NULL);

  return self->file;
}

void
plx_article_set_file (PlxArticle *self,
                      const char *file)
{
  g_return_if_fail (PLX_IS_ARTICLE (self));

  set_string (self, &self->file, file, PROP_FILE);
}

/**
 * plx_article_get_outlet:
 * @self: a #PlxArticle
 *
 * Returns: (nullable): the outlet's name, or %NULL when neither the
 *   manifest, the text nor the file name tells it
 */
const char *
plx_article_get_outlet (PlxArticle *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE (self), NULL);

  return self->outlet;
}

void
plx_article_set_outlet (PlxArticle *self,
                        const char *outlet)
{
  g_return_if_fail (PLX_IS_ARTICLE (self));

  set_string (self, &self->outlet, outlet, PROP_OUTLET);
}

const char *
plx_article_get_title (PlxArticle *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE (self), NULL);

  return self->title;
}

void
plx_article_set_title (PlxArticle *self,
                       const char *title)
{
  g_return_if_fail (PLX_IS_ARTICLE (self));

  set_string (self, &self->title, title, PROP_TITLE);
}

/**
 * plx_article_get_date:
 * @self: a #PlxArticle
 *
 * Returns: (nullable): the publication date as an ISO 8601 date
 *   ("2026-01-13"), or %NULL when unknown
 */
const char *
plx_article_get_date (PlxArticle *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE (self), NULL);

  return self->date;
}

void
plx_article_set_date (PlxArticle *self,
                      const char *date)
{
  g_return_if_fail (PLX_IS_ARTICLE (self));

  set_string (self, &self->date, date, PROP_DATE);
}

/**
 * plx_article_get_published:
 * @self: a #PlxArticle
 *
 * Returns: (nullable): the publication time as the source states it, in
 *   ISO 8601 ("2026-01-13T09:30:00+01:00" or "2026-01-13"): a saved
 *   page's article:published_time or JSON-LD datePublished, or a
 *   manifest's "published"; %NULL when unknown. plx_article_get_date()
 *   is its day.
 */
const char *
plx_article_get_published (PlxArticle *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE (self), NULL);

  return self->published;
}

void
plx_article_set_published (PlxArticle *self,
                           const char *published)
{
  g_return_if_fail (PLX_IS_ARTICLE (self));

  set_string (self, &self->published, published, PROP_PUBLISHED);
}

/**
 * plx_article_get_language:
 * @self: a #PlxArticle
 *
 * Returns: (nullable): the language code ("en"), or %NULL when unknown
 */
const char *
plx_article_get_language (PlxArticle *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE (self), NULL);

  return self->language;
}

void
plx_article_set_language (PlxArticle *self,
                          const char *language)
{
  g_return_if_fail (PLX_IS_ARTICLE (self));

  set_string (self, &self->language, language, PROP_LANGUAGE);
}

const char *
plx_article_get_url (PlxArticle *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE (self), NULL);

  return self->url;
}

void
plx_article_set_url (PlxArticle *self,
                     const char *url)
{
  g_return_if_fail (PLX_IS_ARTICLE (self));

  set_string (self, &self->url, url, PROP_URL);
}

/**
 * plx_article_get_display_name:
 * @self: a #PlxArticle
 *
 * Returns: the outlet's name when known, else the article's id: what a
 *   column header shows
 */
const char *
plx_article_get_display_name (PlxArticle *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE (self), NULL);

  if (self->name != NULL)
    return self->name;

  return self->outlet != NULL ? self->outlet : self->id;
}

/**
 * plx_article_get_name:
 * @self: a #PlxArticle
 *
 * Returns: (nullable): the name the editor gave the outlet, if any
 */
const char *
plx_article_get_name (PlxArticle *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE (self), NULL);

  return self->name;
}

/**
 * plx_article_set_name:
 * @self: a #PlxArticle
 * @name: (nullable): the editor's name for the outlet, or %NULL for the
 *   outlet as loaded
 *
 * Names the outlet as the editor wants it shown, over what the files
 * said. The string is interned: a display name read in another thread
 * (an alignment running while the editor renames) stays valid.
 */
void
plx_article_set_name (PlxArticle *self,
                      const char *name)
{
  g_return_if_fail (PLX_IS_ARTICLE (self));

  if (name != NULL && *name == '\0')
    name = NULL;
  if (g_strcmp0 (self->name, name) == 0)
    return;

  self->name = g_intern_string (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISPLAY_NAME]);
}

/**
 * plx_article_get_sentences:
 * @self: a #PlxArticle
 *
 * Returns: (transfer none): a #GListModel of #PlxSentence, in text order
 */
GListModel *
plx_article_get_sentences (PlxArticle *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE (self), NULL);

  return G_LIST_MODEL (self->sentences);
}

guint
plx_article_get_n_sentences (PlxArticle *self)
{
  g_return_val_if_fail (PLX_IS_ARTICLE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->sentences));
}

/**
 * plx_article_get_sentence:
 * @self: a #PlxArticle
 * @index: the sentence's index
 *
 * Returns: (transfer none) (nullable): the sentence, or %NULL if @index
 *   is out of range
 */
PlxSentence *
plx_article_get_sentence (PlxArticle *self,
                          guint       index)
{
  g_autoptr(PlxSentence) sentence = NULL;

  g_return_val_if_fail (PLX_IS_ARTICLE (self), NULL);

  /* The store keeps its own reference, so a borrowed pointer is safe. */
  sentence = g_list_model_get_item (G_LIST_MODEL (self->sentences), index);

  return sentence;
}

/**
 * plx_article_set_sentences:
 * @self: a #PlxArticle
 * @sentences: (element-type PlxSentence): the sentences, in text order
 *
 * Replaces the article's sentences.
 */
void
plx_article_set_sentences (PlxArticle *self,
                           GPtrArray  *sentences)
{
  g_return_if_fail (PLX_IS_ARTICLE (self));
  g_return_if_fail (sentences != NULL);

  g_list_store_splice (self->sentences,
                       0, g_list_model_get_n_items (G_LIST_MODEL (self->sentences)),
                       sentences->pdata, sentences->len);
}

/**
 * plx_article_get_quote_spans:
 * @self: a #PlxArticle
 * @index: a sentence's index
 *
 * The quoted stretches of a sentence (plx_quote_spans_within()). The
 * quotations of the whole text are found once, on the first call, from
 * whichever thread makes it: the ledger and the discrepancies both read
 * them, a sentence at a time.
 *
 * Returns: (transfer full) (element-type PlxQuoteSpan): the spans, in the
 *   order of the text; none when @index is out of range
 */
GArray *
plx_article_get_quote_spans (PlxArticle *self,
                             guint       index)
{
  g_autoptr(PlxSentence) sentence = NULL;
  GArray *regions;

  g_return_val_if_fail (PLX_IS_ARTICLE (self), NULL);

  regions = g_atomic_pointer_get (&self->quote_regions);
  if (regions == NULL)
    {
      GArray *made = plx_quote_regions (self->text, self->text_length);

      if (g_atomic_pointer_compare_and_exchange (&self->quote_regions, NULL, made))
        regions = made;
      else
        {
          g_array_unref (made);
          regions = g_atomic_pointer_get (&self->quote_regions);
        }
    }

  sentence = g_list_model_get_item (G_LIST_MODEL (self->sentences), index);
  if (sentence == NULL)
    return g_array_new (FALSE, FALSE, sizeof (PlxQuoteSpan));

  return plx_quote_spans_within (regions, plx_sentence_get_start (sentence),
                                 plx_sentence_get_end (sentence));
}

/**
 * plx_article_count_role:
 * @self: a #PlxArticle
 * @role: a #PlxRole
 *
 * Returns: how many of the article's sentences have @role
 */
guint
plx_article_count_role (PlxArticle *self,
                        PlxRole     role)
{
  guint n_items;
  guint count = 0;

  g_return_val_if_fail (PLX_IS_ARTICLE (self), 0);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->sentences));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PlxSentence) sentence = g_list_model_get_item (G_LIST_MODEL (self->sentences), i);

      if (plx_sentence_get_role (sentence) == role)
        count++;
    }

  return count;
}
