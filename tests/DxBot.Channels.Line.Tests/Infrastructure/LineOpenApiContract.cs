using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NJsonSchema;
using YamlDotNet.RepresentationModel;

namespace DxBot.Channels.Line.Tests.Infrastructure;

/// <summary>
/// LINE's own OpenAPI documents as JSON Schemas, to check what the bot sends and what the tests post.
/// OpenAPI's discriminators are not JSON Schema, and NJsonSchema does not dispatch on them, so each
/// discriminated base (Message, Action, Event, Source...) is replaced where it is used by a oneOf of its
/// subtypes, each pinned to its `type` value: a `{"type":"text"}` without `text` then fails, as at LINE.
/// </summary>
internal sealed partial class LineOpenApiContract
{
    private const string DispatchSuffix = "__Dispatch";

    private static readonly Lazy<Task<LineOpenApiContract>> MessagingApiLazy = new(() => LoadAsync("messaging-api.yml"));
    private static readonly Lazy<Task<LineOpenApiContract>> WebhookLazy = new(() => LoadAsync("webhook.yml"));

    private readonly JsonSchema _root;

    private LineOpenApiContract(JsonSchema root) => _root = root;

    public static Task<LineOpenApiContract> MessagingApiAsync() => MessagingApiLazy.Value;

    public static Task<LineOpenApiContract> WebhookAsync() => WebhookLazy.Value;

    /// <summary>The contract's complaints about a document, empty when LINE would accept it.</summary>
    public IReadOnlyList<string> Validate(string schemaName, string json)
    {
        if (!_root.Definitions.TryGetValue(schemaName, out var schema))
        {
            throw new ArgumentException($"No schema {schemaName} in the contract.", nameof(schemaName));
        }

        var errors = new List<string>();
        Flatten(schema.Validate(json), errors, string.Empty);
        return errors;
    }

    private static void Flatten(IEnumerable<NJsonSchema.Validation.ValidationError> errors, List<string> into, string indent)
    {
        foreach (var error in errors)
        {
            into.Add($"{indent}{error.Kind} at {error.Path}");
            if (error is NJsonSchema.Validation.ChildSchemaValidationError child)
            {
                foreach (var (_, childErrors) in child.Errors)
                {
                    Flatten(childErrors, into, indent + "  ");
                }
            }
        }
    }

    private static async Task<LineOpenApiContract> LoadAsync(string fileName)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(TestPaths.LineOpenApiFolder, fileName)))
        {
            yaml.Load(reader);
        }

        var document = (JsonObject)ToJson(yaml.Documents[0].RootNode)!;
        var schemas = (JsonObject)document["components"]!["schemas"]!;

        var dispatched = new HashSet<string>(StringComparer.Ordinal);
        var dispatchers = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var (name, schema) in schemas)
        {
            if (schema?["discriminator"] is JsonObject { } discriminator && discriminator["mapping"] is JsonObject mapping)
            {
                var property = discriminator["propertyName"]!.GetValue<string>();
                var variants = new JsonArray();
                foreach (var (value, target) in mapping)
                {
                    variants.Add(new JsonObject
                    {
                        ["allOf"] = new JsonArray(
                            new JsonObject { ["$ref"] = target!.GetValue<string>() },
                            new JsonObject
                            {
                                ["type"] = "object",
                                ["required"] = new JsonArray(property),
                                ["properties"] = new JsonObject { [property] = new JsonObject { ["enum"] = new JsonArray(value) } },
                            }),
                    });
                }

                dispatched.Add(name);
                dispatchers[name + DispatchSuffix] = new JsonObject { ["oneOf"] = variants };
            }
        }

        foreach (var (name, dispatcher) in dispatchers)
        {
            schemas[name] = dispatcher;
        }

        var definitions = new JsonObject();
        foreach (var (name, schema) in schemas)
        {
            definitions[name] = Rewrite(schema!.DeepClone(), dispatched, insideAllOf: false);
        }

        var root = new JsonObject { ["type"] = "object", ["definitions"] = definitions };
        return new LineOpenApiContract(await JsonSchema.FromJsonAsync(root.ToJsonString()));
    }

    /// <summary>
    /// Points references to the definitions, sends references to a discriminated base to its dispatcher except
    /// where a subtype inherits from it (directly in allOf), and drops OpenAPI-only keywords.
    /// </summary>
    private static JsonNode? Rewrite(JsonNode? node, HashSet<string> dispatched, bool insideAllOf)
    {
        switch (node)
        {
            case JsonObject obj:
                obj.Remove("discriminator");
                obj.Remove("externalDocs");
                obj.Remove("example");
                obj.Remove("examples");
                if (obj["$ref"] is JsonValue reference)
                {
                    var name = reference.GetValue<string>().Replace("#/components/schemas/", string.Empty, StringComparison.Ordinal);
                    var dispatch = !insideAllOf && dispatched.Contains(name);
                    obj["$ref"] = "#/definitions/" + name + (dispatch ? DispatchSuffix : string.Empty);
                }

                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    if (key == "properties" && obj[key] is JsonObject properties)
                    {
                        foreach (var propertyName in properties.Select(p => p.Key).ToList())
                        {
                            Rewrite(properties[propertyName], dispatched, insideAllOf: false);
                        }
                    }
                    else
                    {
                        Rewrite(obj[key], dispatched, insideAllOf: key == "allOf");
                    }
                }

                return obj;
            case JsonArray array:
                foreach (var item in array)
                {
                    // Only the array's own items are "directly in allOf"; deeper nodes are ordinary uses.
                    Rewrite(item, dispatched, insideAllOf && item is JsonObject);
                }

                return array;
            default:
                return node;
        }
    }

    /// <summary>YAML to JSON with the YAML 1.2 core schema for plain scalars (quoted ones stay strings).</summary>
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, ToJson(c.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
        YamlScalarNode scalar when scalar.Style is YamlDotNet.Core.ScalarStyle.Plain => Plain(scalar.Value ?? string.Empty),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static JsonNode? Plain(string value)
    {
        if (value is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return JsonValue.Create(bool.Parse(value));
        }

        if (IntegerPattern().IsMatch(value) && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }

        if (FloatPattern().IsMatch(value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }

        return JsonValue.Create(value);
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
